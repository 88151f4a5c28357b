import { useEffect, useState } from 'react';
import type { BackupProblem } from '@shared/backup/problems';
import { type FileFilter, MAX_FILE_BYTES } from '@shared/host/contract';
import type { HostApi } from '@shared/host/host-api';
import { isMessageKey, type Translate } from '@shared/i18n/translate';
import { useHost } from '../../host/host-context';

/** Small pieces the backup cards share: wording of problems, the app version, file dialogs. */

export function problemText(t: Translate, problem: BackupProblem): string {
  const key = `backup.error.${problem.code.slice('backup/'.length)}`;
  const params = { ...problem.params };
  if (typeof params['table'] === 'string') params['table'] = tableLabel(t, params['table']);
  return isMessageKey(key) ? t(key, params) : problem.code;
}

export function tableLabel(t: Translate, table: string): string {
  const key = `backup.table.${table}`;
  return isMessageKey(key) ? t(key) : table;
}

/** The running app's version, for the manifest (null until the host answered). */
export function useAppVersion(): string | null {
  const host = useHost();
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void host.call('app:info', undefined).then((r) => setVersion(r.ok ? r.value.version : 'tidak diketahui'));
  }, [host]);
  return version;
}

export type Picked = { fileName: string; data: Uint8Array };

/** Opens one file; null when the user cancelled; a host error code otherwise. */
export async function pickFile(host: HostApi, filter: FileFilter): Promise<Picked | null | { error: string }> {
  const result = await host.call('file:open', { filters: [filter], maxBytes: MAX_FILE_BYTES });
  if (!result.ok) return { error: result.error.code };
  return result.value.opened ? { fileName: result.value.fileName, data: result.value.data } : null;
}

export const formatMiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Saves through the host's dialog; too large for one message → the size, for the message. */
export async function saveFile(host: HostApi, fileName: string, filter: FileFilter, data: Uint8Array): Promise<{ saved: string | null } | { error: string } | { tooLarge: number }> {
  if (data.byteLength > MAX_FILE_BYTES) return { tooLarge: data.byteLength };
  const result = await host.call('file:save', { suggestedName: fileName, filters: [filter], data: data as Uint8Array<ArrayBuffer> });
  if (!result.ok) return { error: result.error.code };
  return { saved: result.value.saved ? result.value.fileName : null };
}
