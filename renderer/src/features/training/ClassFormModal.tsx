import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Course } from '@shared/schemas/training';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { createClass, type NewParticipant } from './classes.commands';
import { localToday, trainingProblemText } from './training-result';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Name and dates of a new class (angkatan) for the people picked. */
export function ClassFormModal({ course, year, participants, existing, onClose, onCreated }: { course: Course; year: number; participants: NewParticipant[]; existing: number; onClose: () => void; onCreated: (id: string) => void }) {
  const db = useDb();
  const { t } = useI18n();
  const today = localToday();
  const [name, setName] = useState(`Angkatan ${ROMAN[existing] ?? existing + 1} Tahun ${year}`);
  const [start, setStart] = useState(today.startsWith(String(year)) ? today : `${year}-01-05`);
  const [end, setEnd] = useState(start);
  const [location, setLocation] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    const r = await createClass(db, { courseId: course.id, name, start, end, location, participants });
    if (r.ok) return onCreated(r.id);
    setErrors(Object.fromEntries((r.issues ?? [{ path: 'name', message: trainingProblemText(t, r) }]).map((i) => [i.path, i.message])));
  };
  return (
    <Modal opened onClose={onClose} title={t('train.class.newTitle', { course: course.name })}>
      <Stack>
        <Text size="sm">{t('train.class.newHelp', { n: participants.length })}</Text>
        <TextInput label={t('train.class.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors['name']} required data-autofocus />
        <Group grow>
          <TextInput type="date" label={t('train.class.start')} value={start} onChange={(e) => setStart(e.currentTarget.value)} error={errors['start']} required />
          <TextInput type="date" label={t('train.class.end')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} error={errors['end']} required />
        </Group>
        <TextInput label={t('train.class.location')} value={location} onChange={(e) => setLocation(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('train.cancel')}</Button>
          <Button onClick={() => void submit()}>{t('train.class.create')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
