import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { BENTUK_INFO, type Bentuk } from '@shared/domain/training-forms';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { addLedgerEntry, type LedgerFile, pickLedgerFile } from './ledger.commands';
import { localToday, trainingProblemText } from './training-result';

/** Records development done outside a class (a seminar, e-learning…), with its certificate. */
export function LedgerEntryModal({ employeeId, year, onClose }: { employeeId: string; year: number; onClose: () => void }) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const today = localToday();
  const first = today.startsWith(String(year)) ? today : `${year}-01-02`;
  const [bentuk, setBentuk] = useState<Bentuk>('e-learning');
  const [title, setTitle] = useState('');
  const [provider, setProvider] = useState('');
  const [start, setStart] = useState(first);
  const [end, setEnd] = useState(first);
  const [jp, setJp] = useState<number | string>(2);
  const [file, setFile] = useState<LedgerFile | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const pick = async () => {
    const r = await pickLedgerFile(host, t('train.ledger.evidence'));
    if (r.kind === 'picked') setFile(r.file);
    if (r.kind === 'refused') setErrors({ file: trainingProblemText(t, r.problem) });
  };
  const submit = async () => {
    const r = await addLedgerEntry(db, { employeeId, bentuk, title, provider, start, end, jp: Number(jp) }, file);
    if (r.ok) return onClose();
    setErrors(Object.fromEntries((r.issues ?? [{ path: 'title', message: trainingProblemText(t, r) }]).map((i) => [i.path, i.message])));
  };
  return (
    <Modal opened onClose={onClose} title={t('train.ledger.addTitle')} size="lg">
      <Stack>
        <TextInput label={t('train.ledger.activity')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors['title']} required data-autofocus />
        <Group grow>
          <Select label={t('train.col.bentuk')} data={BENTUK_INFO.map((b) => ({ value: b.key, label: b.label }))} value={bentuk} onChange={(v) => v && setBentuk(v as Bentuk)} searchable allowDeselect={false} />
          <NumberInput label="JP" min={0.5} step={1} decimalScale={1} value={jp} onChange={setJp} error={errors['jp']} required />
        </Group>
        <TextInput label={t('train.col.provider')} value={provider} onChange={(e) => setProvider(e.currentTarget.value)} />
        <Group grow>
          <TextInput type="date" label={t('train.class.start')} value={start} onChange={(e) => setStart(e.currentTarget.value)} error={errors['start']} required />
          <TextInput type="date" label={t('train.class.end')} value={end} onChange={(e) => setEnd(e.currentTarget.value)} error={errors['end']} required />
        </Group>
        <Group>
          <Button variant="light" leftSection={<IconPaperclip size={16} />} onClick={() => void pick()}>{t('train.ledger.attach')}</Button>
          <Text size="sm" c={errors['file'] ? 'red' : 'dimmed'}>{errors['file'] ?? file?.name ?? t('train.ledger.noFile')}</Text>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('train.cancel')}</Button>
          <Button onClick={() => void submit()}>{t('train.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
