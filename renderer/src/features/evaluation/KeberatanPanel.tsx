import { Alert, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { isKeberatanLate, keberatanDeadline } from '@shared/domain/evaluation';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import type { EvaluationView } from './evaluation.queries';
import { errorsOf, KeberatanItem } from './KeberatanItem';
import { today } from './local-day';
import { fileKeberatan } from './keberatan.commands';

function FileForm({ evaluationId }: { evaluationId: string }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const [receivedAt, setReceivedAt] = useState(today());
  const [filedAt, setFiledAt] = useState(today());
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(receivedAt);
  const late = valid && /^\d{4}-\d{2}-\d{2}$/.test(filedAt) && isKeberatanLate(receivedAt, filedAt);
  const save = async () => {
    const result = await fileKeberatan(db, { evaluationId, receivedAt, filedAt, text });
    setErrors(errorsOf(result));
    if (result.ok) setText('');
  };
  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <TextInput type="date" label={t('eval.keberatan.receivedAt')} value={receivedAt} onChange={(e) => setReceivedAt(e.currentTarget.value)} error={errors['receivedAt']}
          description={valid ? t('eval.keberatan.deadlineShort', { date: formatDate(keberatanDeadline(receivedAt), locale) }) : undefined} />
        <TextInput type="date" label={t('eval.keberatan.filedAt')} value={filedAt} onChange={(e) => setFiledAt(e.currentTarget.value)} error={errors['filedAt']} />
      </Group>
      {late && <Alert color="red" role="status">{t('eval.keberatan.lateWarning')}</Alert>}
      <Textarea label={t('eval.keberatan.text')} autosize minRows={3} value={text} onChange={(e) => setText(e.currentTarget.value)} error={errors['text'] ?? errors['form']} />
      <Group>
        <Button variant="light" onClick={() => void save()}>{t('eval.keberatan.file')}</Button>
      </Group>
    </Stack>
  );
}

/** Keberatan on the annual result (PP 30/2019 Pasal 59): filed within 14 days, answered, decided. */
export function KeberatanPanel({ view }: { view: EvaluationView }) {
  const { t } = useI18n();
  const finals = view.revisions.filter((r) => r.status === 'final');
  const target = finals[finals.length - 1];
  const filed = view.keberatan.some((k) => k.evaluationId === target?.id);
  return (
    <Card withBorder radius="md" data-testid="keberatan">
      <Title order={3} size="h4" mb="xs">{t('eval.keberatan')}</Title>
      <Text size="sm" mb="sm">{t('eval.keberatan.help')}</Text>
      <Stack>
        {view.keberatan.map((k) => (
          <KeberatanItem key={k.id} item={k} />
        ))}
        {target && !filed && <FileForm evaluationId={target.id} />}
      </Stack>
    </Card>
  );
}
