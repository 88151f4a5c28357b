import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { unlockDelayMs } from '@shared/domain/access';
import iconUrl from '../../../../resources/icon.svg';
import { useI18n } from '../../i18n/i18n-context';
import { lockSupported, type PasswordHash, verifyPassword } from './app-lock';

/** Failed tries survive the lock screen re-mounting (a reload resets them; PBKDF2 still slows guessing). */
let failures = 0;
let waitUntil = 0;

/** The password field's state and its check, with the growing wait after repeated failures. */
function useUnlock(lock: PasswordHash, onUnlocked: () => void) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wait = waitUntil - Date.now();
    if (wait > 0) {
      setError(t('access.lock.wait', { seconds: Math.ceil(wait / 1000) }));
      return;
    }
    if (!password) {
      setError(t('access.lock.empty'));
      return;
    }
    setBusy(true);
    const ok = await verifyPassword(password, lock).catch(() => false);
    setBusy(false);
    if (ok) {
      failures = 0;
      onUnlocked();
      return;
    }
    failures += 1;
    waitUntil = Date.now() + unlockDelayMs(failures);
    setPassword('');
    setError(t('access.lock.wrong'));
    input.current?.focus();
  };
  return { password, setPassword, error, busy, input, submit };
}

/**
 * The whole window while the app is locked: one password field and a button, usable by keyboard
 * alone (the field has focus, Enter unlocks). Nothing of the app is rendered behind it.
 */
export function LockScreen({ lock, onUnlocked }: { lock: PasswordHash; onUnlocked: () => void }) {
  const { t } = useI18n();
  const { password, setPassword, error, busy, input, submit } = useUnlock(lock, onUnlocked);
  return (
    <Center mih="100vh" p="md" component="main" className="lock-screen">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={420} component="form" onSubmit={(e: FormEvent) => void submit(e)} aria-labelledby="lock-title" noValidate>
        <Stack>
          <Stack align="center" gap={4}>
            <img src={iconUrl} alt="" width={48} height={48} />
            <Title order={1} size="h3" id="lock-title">
              <IconLock size={20} aria-hidden /> {t('access.lock.title')}
            </Title>
            <Text size="sm" c="dimmed" ta="center">
              {t('access.lock.body')}
            </Text>
          </Stack>
          {!lockSupported() && (
            <Alert color="orange" role="alert">
              {t('access.error.unsupported')}
            </Alert>
          )}
          <PasswordInput
            ref={input}
            label={t('access.lock.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoFocus
            autoComplete="current-password"
            error={error ? true : undefined}
            aria-describedby={error ? 'lock-error' : undefined}
          />
          {error && (
            <Alert color="red" role="alert" id="lock-error" p="xs">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy} leftSection={<IconLock size={16} />}>
            {t('access.lock.unlock')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('access.lock.honest')}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
