import { ActionIcon, Badge, Button, Card, Group, SegmentedControl, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import type { FeedbackPhrase } from '@shared/schemas/monitoring';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { deletePhrase, ensurePhraseLibrary, type PhraseInput, savePhrase } from './feedback.commands';
import { usePhrases } from './monitoring.queries';
import { problemText } from './monitoring-result';
import { useDraft } from './use-draft';

type Category = FeedbackPhrase['category'];
type Polarity = FeedbackPhrase['polarity'];

/** Seeds the default phrases the first time any phrase list is shown. */
export function usePhraseLibrary(): FeedbackPhrase[] | null {
  const db = useDb();
  const phrases = usePhrases(db);
  const empty = phrases !== null && phrases.length === 0;
  useEffect(() => {
    if (empty) void ensurePhraseLibrary(db);
  }, [db, empty]);
  return phrases;
}

function PhraseForm({ category, editing, onDone }: { category: Category; editing: FeedbackPhrase | null; onDone: () => void }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const initial = { polarity: editing?.polarity ?? ('positif' as Polarity), text: editing?.text ?? '' };
  const draft = useDraft(`phrase:${editing?.id ?? `new-${category}`}`, initial);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input: PhraseInput = { category, polarity: draft.value.polarity, text: draft.value.text };
    const r = await savePhrase(db, input, editing?.id);
    if (!r.ok) return setError(problemText(t, locale, { code: r.errors?.['text'] ?? 'monitor/phrase-invalid' }));
    setError(null);
    draft.reset();
    onDone();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t(editing ? 'monitor.phrase.edit' : 'monitor.phrase.add')}>
      <Group align="flex-end" wrap="wrap">
        <Select label={t('monitor.phrase.polarity')} w={170} allowDeselect={false} value={draft.value.polarity} onChange={(p) => draft.set({ ...draft.value, polarity: (p ?? 'positif') as Polarity })} data={[{ value: 'positif', label: t('monitor.phrase.positif') }, { value: 'perbaikan', label: t('monitor.phrase.perbaikan') }]} />
        <Textarea label={t('monitor.phrase.text')} autosize minRows={1} maxLength={500} style={{ flex: 1, minWidth: 260 }} value={draft.value.text} error={error} onChange={(e) => draft.set({ ...draft.value, text: e.currentTarget.value })} />
        <Button type="submit">{t(editing ? 'monitor.phrase.saveEdit' : 'monitor.phrase.add')}</Button>
        {editing && (
          <Button variant="subtle" onClick={() => { draft.reset(); onDone(); }}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
    </form>
  );
}

/** HR's editable library of umpan balik phrases, by category (hasil kerja, perilaku) and polarity. */
export function PhraseLibrary() {
  const db = useDb();
  const { t } = useI18n();
  const phrases = usePhraseLibrary();
  const [category, setCategory] = useState<Category>('hasil-kerja');
  const [editing, setEditing] = useState<FeedbackPhrase | null>(null);
  const shown = (phrases ?? []).filter((p) => p.category === category).sort((a, b) => b.polarity.localeCompare(a.polarity) || a.text.localeCompare(b.text, 'id'));
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={3}>{t('monitor.phrase.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('monitor.phrase.help')}
        </Text>
        <SegmentedControl
          aria-label={t('monitor.phrase.category')}
          value={category}
          onChange={(c) => { setCategory(c as Category); setEditing(null); }}
          data={[{ value: 'hasil-kerja', label: t('monitor.phrase.hasilKerja') }, { value: 'perilaku', label: t('monitor.phrase.perilaku') }]}
          w="fit-content"
        />
        <PhraseForm key={`${category}-${editing?.id ?? 'new'}`} category={category} editing={editing} onDone={() => setEditing(null)} />
        <Table verticalSpacing={4} aria-label={t('monitor.phrase.title')}>
          <Table.Tbody>
            {shown.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td w={150}>
                  <Badge variant="light" color={p.polarity === 'positif' ? 'teal' : 'orange'}>
                    {t(p.polarity === 'positif' ? 'monitor.phrase.positif' : 'monitor.phrase.perbaikan')}
                  </Badge>
                </Table.Td>
                <Table.Td>{p.text}</Table.Td>
                <Table.Td w={90}>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t('monitor.phrase.editAria', { text: p.text })} onClick={() => setEditing(p)}>
                      <IconPencil size={16} />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={t('monitor.phrase.deleteAria', { text: p.text })} onClick={() => void deletePhrase(db, p.id)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
