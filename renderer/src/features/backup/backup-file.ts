import { readArchive, type ReadArchive } from '@shared/backup/archive';
import { type EnvelopeCrypto, isSealed, seal, unseal } from '@shared/backup/envelope';
import { fail } from '@shared/backup/problems';
import { LATEST_VERSION } from '../../db/schema-versions';
import { webCryptoEnvelope } from './webcrypto-cipher';

/** Opening and sealing files: the part backups and exchange packages share. */

export type PasswordOptions = { password?: string | undefined; crypto?: EnvelopeCrypto | undefined };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Seals with the password when one is given; otherwise the zip as it is. */
export async function maybeSeal(bytes: Uint8Array, options: PasswordOptions): Promise<Uint8Array> {
  if (!options.password) return bytes;
  return seal(options.crypto ?? webCryptoEnvelope(), options.password, bytes);
}

/**
 * Unseals when needed and unpacks the zip completely (throws BackupFailure): not ours, truncated,
 * damaged, wrong password and newer version each come back as their own problem.
 */
export async function unpack(bytes: Uint8Array, options: PasswordOptions): Promise<ReadArchive> {
  let zip = bytes;
  if (isSealed(bytes)) {
    if (!options.password) fail('backup/password-required');
    zip = await unseal(options.crypto ?? webCryptoEnvelope(), options.password, bytes);
  } else if (bytes.length < 4 || !ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    fail(bytes.length === 0 ? 'backup/truncated' : 'backup/not-a-backup');
  }
  return readArchive(zip, LATEST_VERSION);
}

/** "peka-cadangan-20261128-0930.pekabak": sortable, and says what it is in Indonesian. */
export function datedFileName(prefix: string, now: Date, extension: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `${prefix}-${stamp}.${extension}`;
}
