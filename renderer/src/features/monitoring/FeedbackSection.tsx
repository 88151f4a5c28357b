import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconMessagePlus, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import type { Feedback, FeedbackPhrase } from '@shared/schemas/monitoring';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { addFeedback, removeFeedback } from './feedback.commands';
import { problemText } from './monitoring-result';
import { notifyProblem } from './notify-problem';
import { useDraft } from './use-draft';

type Props = {
  skpId: string;
  periodId: string;
  target: Feedback['target'];
  /** What the feedback is about, for labels ("RHK 1", "Akuntabel"). */
  subject: string;
  items: Feedback[];
  phrases: FeedbackPhrase[];
  readOnly: boolean;
};

function PhrasePicker({ phrases, onPick, subject }: { phrases: FeedbackPhrase[]; onPick: (text: string) => void; subject: string }) {
  const { t } = useI18n();
  const data = useMemo(
    () =>
      (['positif', 'perbaikan'] as const).map((polarity) => ({
        group: t(polarity === 'positif' ? 'monitor.phrase.positif' : 'monitor.phrase.perbaikan'),
        items: phrases.filter((p) => p.polarity === polarity).map((p) => ({ value: p.id, label: p.text })),
      })),
    [phrases, t],
  );
  return (
    <Select
      label={t('monitor.feedback.phrase')}
      aria-label={t('monitor.feedback.phraseFor', { subject })}
      placeholder={t('monitor.feedback.phrasePlaceholder')}
      data={data}
      searchable
      value={null}
      onChange={(id) => {
        const phrase = phrases.find((p) => p.id === id);
        if (phrase) onPick(phrase.text);
      }}
      nothingFoundMessage={t('monitor.feedback.noPhrase')}
    />
  );
}

function FeedbackList({ items, subject, readOnly }: { items: Feedback[]; subject: string; readOnly: boolean }) {
  const db = useDb();
  const { t, locale } = useI18n();
  return (
    <>
      {items.map((f) => (
        <Paper key={f.id} withBorder p="xs" bg="var(--mantine-color-gray-0)" data-testid="feedback-item">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Text size="sm">{f.text}</Text>
              <Text size="xs" c="dimmed">
                {formatDate(f.at, locale)}
              </Text>
            </Stack>
            {!readOnly && (
              <ActionIcon variant="subtle" color="red" aria-label={t('monitor.feedback.remove', { subject })} onClick={() => void removeFeedback(db, f.id).then((r) => !r.ok && notifyProblem(t, locale, r.problem))}>
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        </Paper>
      ))}
    </>
  );
}

/** Umpan balik on one RHK or one core value in a period: earlier notes and a new one (phrase or free text). */
export function FeedbackSection({ skpId, periodId, target, subject, items, phrases, readOnly }: Props) {
  const db = useDb();
  const { t, locale } = useI18n();
  const key = `feedback:${skpId}|${periodId}|${target.kind === 'rhk' ? target.rhkId : target.value}`;
  const draft = useDraft(key, '');
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(draft.value !== '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await addFeedback(db, { skpId, periodId, target, text: draft.value });
    if (!r.ok) {
      if (r.errors?.['text']) return setError(problemText(t, locale, { code: r.errors['text'] }));
      return notifyProblem(t, locale, r.problem);
    }
    setError(null);
    draft.reset();
    setOpen(false);
  };
  return (
    <Stack gap="xs">
      <FeedbackList items={items} subject={subject} readOnly={readOnly} />
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('monitor.feedback.none')}
        </Text>
      )}
      {!readOnly && !open && (
        <Group>
          <Button variant="default" size="xs" leftSection={<IconMessagePlus size={14} />} onClick={() => setOpen(true)} aria-label={t('monitor.feedback.openFor', { subject })}>
            {t('monitor.feedback.open')}
          </Button>
        </Group>
      )}
      {!readOnly && open && (
        <form onSubmit={submit} noValidate aria-label={t('monitor.feedback.formFor', { subject })}>
          <Stack gap="xs">
            <PhrasePicker phrases={phrases} subject={subject} onPick={(text) => draft.set(draft.value.trim() ? `${draft.value.trim()} ${text}` : text)} />
            <Textarea label={t('monitor.feedback.text')} aria-label={t('monitor.feedback.textFor', { subject })} autosize minRows={2} value={draft.value} error={error} onChange={(e) => draft.set(e.currentTarget.value)} />
            <Group>
              <Button type="submit" variant="light" size="xs" disabled={!draft.value.trim()}>
                {t('monitor.feedback.save')}
              </Button>
              <Button variant="subtle" size="xs" onClick={() => { draft.reset(); setError(null); setOpen(false); }}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
