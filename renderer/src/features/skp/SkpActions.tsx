import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconLockOpen, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { nextSkpStatus } from '@shared/domain';
import type { Skp } from '@shared/schemas/skp';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import type { SkpFailure, SkpResult } from './skp.commands';
import { failureText, notifySkpFailure } from './skp-messages';
import { approveSkp, NOTE_MAX, reopenSkp, returnSkp, submitSkp } from './skp-workflow.commands';

type Props = { skp: Skp; flush: () => Promise<void>; onIssues: (f: SkpFailure) => void; onSubmitted: () => void };

/** Asks for the supervisor's note (returning) or the reason (reopening); both are required. */
function TextDialog({ title, label, confirm, onClose, onConfirm }: { title: string; label: string; confirm: string; onClose: () => void; onConfirm: (text: string) => Promise<SkpFailure | null> }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const failure = await onConfirm(text);
    setBusy(false);
    if (failure) setError(failureText(t, failure));
    else onClose();
  };
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Textarea label={label} required autosize minRows={3} maxLength={NOTE_MAX} data-autofocus value={text} error={error} onChange={(e) => setText(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The workflow steps nextSkpStatus allows from here (domain.md §3). */
export function SkpActions({ skp, flush, onIssues, onSubmitted }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const [dialog, setDialog] = useState<'return' | 'reopen' | null>(null);
  const [busy, setBusy] = useState(false);
  const done = (result: SkpResult<unknown>, message: string): SkpFailure | null => {
    if (result.ok) notifySuccess(message);
    return result.ok ? null : result;
  };
  const submit = async () => {
    setBusy(true);
    await flush();
    const result = await submitSkp(db, skp.id);
    setBusy(false);
    if (result.ok) {
      onSubmitted();
      notifySuccess(t('skpPlan.done.submit'));
    } else if (result.code === 'skp/issues') onIssues(result);
    else notifySkpFailure(t, result);
  };
  const approve = async () => {
    setBusy(true);
    const failure = done(await approveSkp(db, skp.id), t('skpPlan.done.approve'));
    setBusy(false);
    if (failure) notifySkpFailure(t, failure);
  };
  const can = (a: Parameters<typeof nextSkpStatus>[1]) => nextSkpStatus(skp.status, a) !== null;
  return (
    <Group gap="sm">
      {can('submit') && (
        <Button leftSection={<IconSend size={16} />} loading={busy} onClick={() => void submit()}>
          {t('skpPlan.action.submit')}
        </Button>
      )}
      {can('approve') && (
        <Button color="teal" leftSection={<IconCheck size={16} />} loading={busy} onClick={() => void approve()}>
          {t('skpPlan.action.approve')}
        </Button>
      )}
      {can('return') && (
        <Button color="orange" variant="light" leftSection={<IconArrowBackUp size={16} />} onClick={() => setDialog('return')}>
          {t('skpPlan.action.return')}
        </Button>
      )}
      {can('reopen') && (
        <Button variant="default" leftSection={<IconLockOpen size={16} />} onClick={() => setDialog('reopen')}>
          {t('skpPlan.action.reopen')}
        </Button>
      )}
      {dialog === 'return' && (
        <TextDialog title={t('skpPlan.return.title')} label={t('skpPlan.return.note')} confirm={t('skpPlan.return.confirm')} onClose={() => setDialog(null)} onConfirm={async (note) => done(await returnSkp(db, skp.id, note), t('skpPlan.done.return'))} />
      )}
      {dialog === 'reopen' && (
        <TextDialog title={t('skpPlan.reopen.title')} label={t('skpPlan.reopen.reason')} confirm={t('skpPlan.reopen.confirm')} onClose={() => setDialog(null)} onConfirm={async (reason) => done(await reopenSkp(db, skp.id, reason), t('skpPlan.done.reopen'))} />
      )}
    </Group>
  );
}
