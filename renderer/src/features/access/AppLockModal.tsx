import { Alert, Button, Group, Modal, NumberInput, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { DEFAULT_IDLE_MINUTES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, MIN_PASSWORD_LENGTH } from '@shared/domain/access';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { type AccessResult, removeAppLock, saveAppLock } from './access.commands';
import { useAccess } from './access-context';
import { fieldOf, PROBLEM_TEXT } from './access-text';
import { lockSupported } from './app-lock';

type Values = { current: string; password: string; repeat: string; idleMinutes: number | string };

/** The form's state, and saving or removing the lock with the outcome shown on the right field. */
function useLockForm(onDone: () => void) {
  const db = useDb();
  const { t } = useI18n();
  const { lock } = useAccess();
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'remove' | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { current: '', password: '', repeat: '', idleMinutes: lock.idleMinutes ?? DEFAULT_IDLE_MINUTES },
  });
  const show = (result: AccessResult, success: string) => {
    if (result.ok) {
      notifySuccess(success);
      onDone();
      return;
    }
    const field = fieldOf(result.problem);
    if (field) form.setFieldError(field, t(PROBLEM_TEXT[result.problem]));
    else setGeneral(t(PROBLEM_TEXT[result.problem]));
  };
  const run = async (kind: 'save' | 'remove', work: () => Promise<AccessResult>, success: string) => {
    setGeneral(null);
    setBusy(kind);
    try {
      show(await work(), success);
    } finally {
      setBusy(null);
    }
  };
  const submit = form.onSubmit((v) =>
    run(
      'save',
      // The new hash counts as unlocked before it is stored, so setting a password never locks its author out.
      () => saveAppLock(db, { current: lock.enabled ? v.current : undefined, password: v.password || undefined, repeat: v.repeat, idleMinutes: Number(v.idleMinutes), beforeWrite: (l) => lock.markUnlocked(l.hash) }),
      t(lock.enabled ? 'access.password.saved' : 'access.password.set'),
    ),
  );
  const remove = () => void run('remove', () => removeAppLock(db, form.values.current), t('access.password.removed'));
  return { form, general, busy, submit, remove, lock };
}

function LockForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const { form, general, busy, submit, remove, lock } = useLockForm(onDone);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('access.password.intro')}</Text>
        {lock.enabled && <PasswordInput label={t('access.password.current')} required autoComplete="current-password" data-autofocus {...form.getInputProps('current')} />}
        <PasswordInput label={t(lock.enabled ? 'access.password.newOptional' : 'access.password.new')} description={t('access.password.rule', { n: MIN_PASSWORD_LENGTH })} required={!lock.enabled} autoComplete="new-password" data-autofocus={!lock.enabled || undefined} {...form.getInputProps('password')} />
        <PasswordInput label={t('access.password.repeat')} required={!lock.enabled} autoComplete="new-password" {...form.getInputProps('repeat')} />
        <NumberInput label={t('access.password.idle')} description={t('access.password.idle.help')} min={MIN_IDLE_MINUTES} max={MAX_IDLE_MINUTES} allowDecimal={false} suffix={` ${t('access.minutes')}`} {...form.getInputProps('idleMinutes')} />
        <Alert color="blue" variant="light" role="note">
          {t('access.password.honest')}
        </Alert>
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Group justify="space-between">
          {lock.enabled ? (
            <Button color="red" variant="subtle" onClick={remove} loading={busy === 'remove'}>
              {t('access.password.remove')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onDone}>
              {t('access.cancel')}
            </Button>
            <Button type="submit" loading={busy === 'save'}>
              {t('access.password.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** Sets, changes or removes the app password and the idle minutes. */
export function AppLockModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('access.password.title')} size="lg" centered>
      {opened && (lockSupported() ? <LockForm onDone={onClose} /> : <Alert color="orange">{t('access.error.unsupported')}</Alert>)}
    </Modal>
  );
}
