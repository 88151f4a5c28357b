import { canonicalJson } from '@shared/domain/audit-chain';
import { sha256Hex } from '@shared/crypto/sha256';
import type { HostApi } from '@shared/host/host-api';
import type { AppDb } from '../../db/db';
import { exportBackup } from './backup.commands';

/**
 * One automatic backup: made here (the database lives in the renderer), written by the host into
 * the folder the user picked. Unchanged content since the last automatic backup of this session is
 * not written again, so the kept files are distinct states, not copies.
 */
export type RollingResult =
  | { kind: 'written'; fileName: string; removed: number }
  | { kind: 'unchanged' }
  | { kind: 'off' }
  | { kind: 'failed'; code: string; detail?: string | undefined };

const lastDigest = new WeakMap<AppDb, string>();

export async function runRollingBackup(db: AppDb, host: HostApi, appVersion: string, options: { force?: boolean } = {}): Promise<RollingResult> {
  const status = await host.call('backup:rolling-status', undefined);
  if (!status.ok) return { kind: 'failed', code: status.error.code, detail: status.error.detail };
  if (!status.value.supported || !status.value.folder) return { kind: 'off' };
  const file = await exportBackup(db, { appVersion });
  const digest = sha256Hex(canonicalJson(file.manifest.entries));
  if (!options.force && lastDigest.get(db) === digest) return { kind: 'unchanged' };
  const written = await host.call('backup:rolling-write', { data: file.bytes });
  if (!written.ok) return { kind: 'failed', code: written.error.code, detail: written.error.detail };
  if (!written.value.written) return { kind: 'off' };
  lastDigest.set(db, digest);
  return { kind: 'written', fileName: written.value.fileName, removed: written.value.removed };
}
