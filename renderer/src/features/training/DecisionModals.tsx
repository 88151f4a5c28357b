import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { BENTUK_LABEL, PRIORITIES, type Priority } from '@shared/domain/training-forms';
import type { Course, Recommendation } from '@shared/schemas/training';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { decideRecommendation, editRecommendation } from './recommendations.commands';
import { trainingProblemText } from './training-result';

type Props = { rec: Recommendation; course: Course | undefined; onClose: () => void };

/** Rejecting needs a reason (kept with the recommendation and in the audit log). */
export function RejectModal({ rec, course, onClose }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const r = await decideRecommendation(db, rec.id, { status: 'ditolak', reason });
    if (r.ok) onClose();
    else setError(trainingProblemText(t, r));
  };
  return (
    <Modal opened onClose={onClose} title={t('train.decide.rejectTitle', { course: course?.name ?? '' })}>
      <Stack>
        <Textarea label={t('train.decide.rejectReason')} description={t('train.decide.rejectHelp')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error} autosize minRows={3} data-autofocus required />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('train.cancel')}</Button>
          <Button color="red" onClick={() => void submit()}>{t('train.decide.reject')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Editing: another course, another priority, a note; the proposed reasons stay. */
export function EditModal({ rec, courses, onClose }: Props & { courses: Course[] }) {
  const db = useDb();
  const { t } = useI18n();
  const [courseId, setCourseId] = useState(rec.courseId);
  const [priority, setPriority] = useState<Priority>(rec.priority);
  const [note, setNote] = useState(rec.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const options = courses.filter((c) => c.active || c.id === rec.courseId).map((c) => ({ value: c.id, label: `${c.name} (${BENTUK_LABEL[c.bentuk]}, ${c.jp} JP)` }));
  const submit = async (accept: boolean) => {
    const r = await editRecommendation(db, rec.id, { courseId, priority, note });
    if (!r.ok) return setError(trainingProblemText(t, r));
    if (accept) await decideRecommendation(db, rec.id, { status: 'diterima' });
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('train.decide.editTitle')} size="lg">
      <Stack>
        <Select label={t('train.decide.course')} data={options} value={courseId} onChange={(v) => v && setCourseId(v)} searchable allowDeselect={false} error={error} data-autofocus />
        <Select label={t('train.priority')} data={PRIORITIES.map((p) => ({ value: p, label: t(`train.priority.${p}`) }))} value={priority} onChange={(v) => v && setPriority(v as Priority)} allowDeselect={false} />
        <Textarea label={t('train.decide.note')} description={t('train.decide.noteHelp')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={500} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('train.cancel')}</Button>
          <Button variant="light" onClick={() => void submit(false)}>{t('train.save')}</Button>
          <Button onClick={() => void submit(true)}>{t('train.decide.saveAccept')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
