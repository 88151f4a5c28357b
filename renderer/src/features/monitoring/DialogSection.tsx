import { Button, Group, List, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { DialogKinerja } from '@shared/schemas/monitoring';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { addDialog } from './feedback.commands';
import { type FieldErrors, problemText } from './monitoring-result';
import { notifyProblem } from './notify-problem';
import { splitLines } from './realisasi.commands';
import { todayLocal } from './period-labels';
import { useDraft } from './use-draft';

function DialogForm({ skpId, periodId }: { skpId: string; periodId: string }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const draft = useDraft(`dialog:${skpId}|${periodId}`, { date: todayLocal(), notes: '', actions: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const v = draft.value;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await addDialog(db, { skpId, periodId, date: v.date, notes: v.notes, agreedActions: splitLines(v.actions) });
    if (!r.ok) {
      setErrors(Object.fromEntries(Object.entries(r.errors ?? {}).map(([k, code]) => [k, problemText(t, locale, { code })])));
      if (r.problem) notifyProblem(t, locale, r.problem);
      return;
    }
    setErrors({});
    draft.reset();
    notifySuccess(t('monitor.dialog.saved'));
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('monitor.dialog.form')}>
      <Stack gap="xs">
        <TextInput type="date" label={t('monitor.dialog.date')} w={190} required value={v.date} error={errors['date']} onChange={(e) => draft.set({ ...v, date: e.currentTarget.value })} />
        <Textarea label={t('monitor.dialog.notes')} required autosize minRows={2} value={v.notes} error={errors['notes']} onChange={(e) => draft.set({ ...v, notes: e.currentTarget.value })} />
        <Textarea label={t('monitor.dialog.actions')} description={t('monitor.dialog.actionsHelp')} autosize minRows={2} value={v.actions} onChange={(e) => draft.set({ ...v, actions: e.currentTarget.value })} />
        <Group>
          <Button type="submit" variant="light">
            {t('monitor.dialog.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Dialog kinerja of the SKP: the conversations held, when, and what was agreed; a new one for this period. */
export function DialogSection({ skpId, periodId, dialogs, readOnly, periodLabel }: { skpId: string; periodId: string; dialogs: DialogKinerja[]; readOnly: boolean; periodLabel: (id: string) => string }) {
  const { t, locale } = useI18n();
  return (
    <Stack gap="sm">
      {dialogs.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('monitor.dialog.none')}
        </Text>
      )}
      {dialogs.map((d) => (
        <Paper key={d.id} withBorder p="sm" data-testid="dialog-item">
          <Text size="sm" fw={600}>
            {formatDate(d.date, locale)}
            {d.periodId ? ` · ${periodLabel(d.periodId)}` : ''}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {d.notes}
          </Text>
          {d.agreedActions.length > 0 && (
            <>
              <Text size="xs" fw={600} mt={4}>
                {t('monitor.dialog.actions')}
              </Text>
              <List size="sm">
                {d.agreedActions.map((a, i) => (
                  <List.Item key={i}>{a}</List.Item>
                ))}
              </List>
            </>
          )}
        </Paper>
      ))}
      {!readOnly && <DialogForm key={`${skpId}-${periodId}`} skpId={skpId} periodId={periodId} />}
    </Stack>
  );
}
