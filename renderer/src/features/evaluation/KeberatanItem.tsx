import { Anchor, Badge, Button, Card, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { keberatanDeadline } from '@shared/domain/evaluation';
import type { Keberatan } from '@shared/schemas/evaluation';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { today } from './local-day';
import { decideKeberatan, KEBERATAN_DECISION_LABEL, type KeberatanResult, respondKeberatan } from './keberatan.commands';

/** Field errors of a refused keberatan command, by path. */
export function errorsOf(result: KeberatanResult): Record<string, string> {
  return result.ok ? {} : Object.fromEntries(result.issues.map((i) => [i.path || 'form', i.message]));
}

function Respond({ item }: { item: Keberatan }) {
  const db = useDb();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [date, setDate] = useState(today());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => setErrors(errorsOf(await respondKeberatan(db, item.id, text, date)));
  return (
    <Stack gap="xs">
      <Textarea label={t('eval.keberatan.response')} autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} error={errors['response'] ?? errors['form']} />
      <Group align="flex-end">
        <TextInput type="date" label={t('eval.keberatan.respondedAt')} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors['respondedAt']} />
        <Button variant="light" onClick={() => void save()}>{t('eval.keberatan.saveResponse')}</Button>
      </Group>
    </Stack>
  );
}

function Decide({ item }: { item: Keberatan }) {
  const db = useDb();
  const { t } = useI18n();
  const [decision, setDecision] = useState<Keberatan['decision'] | null>(null);
  const [note, setNote] = useState('');
  const [date, setDate] = useState(today());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async () => {
    if (!decision) return setErrors({ decision: t('eval.keberatan.chooseDecision') });
    setErrors(errorsOf(await decideKeberatan(db, item.id, { decision, note, decidedAt: date })));
  };
  const options = (Object.keys(KEBERATAN_DECISION_LABEL) as (keyof typeof KEBERATAN_DECISION_LABEL)[]).map((k) => ({ value: k, label: KEBERATAN_DECISION_LABEL[k] }));
  return (
    <Stack gap="xs">
      <Select label={t('eval.keberatan.decision')} data={options} value={decision ?? null} onChange={(v) => setDecision(v as Keberatan['decision'])} error={errors['decision']} />
      <Textarea label={t('eval.keberatan.decisionNote')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors['decisionNote'] ?? errors['form']} />
      <Group align="flex-end">
        <TextInput type="date" label={t('eval.keberatan.decidedAt')} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors['decidedAt']} />
        <Button onClick={() => void save()}>{t('eval.keberatan.saveDecision')}</Button>
      </Group>
    </Stack>
  );
}

/** One objection: dates with the 14-day deadline and a late flag, the response, the final decision. */
export function KeberatanItem({ item }: { item: Keberatan }) {
  const { t, locale } = useI18n();
  return (
    <Card withBorder padding="sm" data-testid="keberatan-item">
      <Group gap="xs" mb={4}>
        <Text size="sm" fw={600}>{t('eval.keberatan.filed', { date: formatDate(item.filedAt, locale) })}</Text>
        {item.late ? <Badge color="red">{t('eval.keberatan.late')}</Badge> : <Badge color="teal" variant="light">{t('eval.keberatan.onTime')}</Badge>}
      </Group>
      <Text size="xs" c="dimmed">
        {t('eval.keberatan.deadline', { received: formatDate(item.receivedAt, locale), deadline: formatDate(keberatanDeadline(item.receivedAt), locale) })}
      </Text>
      <Text size="sm" my="xs" style={{ whiteSpace: 'pre-wrap' }}>{item.text}</Text>
      {item.response ? (
        <Text size="sm"><b>{t('eval.keberatan.response')}</b> ({formatDate(item.respondedAt ?? '', locale)}): {item.response}</Text>
      ) : (
        !item.decision && <Respond item={item} />
      )}
      {item.decision ? (
        <Text size="sm" mt="xs">
          <b>{t('eval.keberatan.decision')}: {KEBERATAN_DECISION_LABEL[item.decision]}</b> ({formatDate(item.decidedAt ?? '', locale)}): {item.decisionNote}
          {item.revisionId && (
            <>
              {' '}
              <Anchor href={hrefOf('evaluasi', item.revisionId)} size="sm">{t('eval.keberatan.openRevision')}</Anchor>
            </>
          )}
        </Text>
      ) : (
        <Stack mt="sm">
          <Decide item={item} />
        </Stack>
      )}
    </Card>
  );
}
