/**
 * The browser engine's storage for the app's IndexedDB: ask once per start that it be persistent
 * (not evicted under disk pressure), and read how much is used of what the engine allows.
 */

export type StorageEstimateLike = { usage?: number; quota?: number };
export type StorageManagerLike = {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<StorageEstimateLike>;
};

/** Warn from 80 % of the quota, well before writes start failing. */
export const STORAGE_WARN_RATIO = 0.8;
export const STORAGE_CRITICAL_RATIO = 0.95;

export type StorageLevel = 'ok' | 'warn' | 'critical' | 'unknown';
export type StorageStatus = { usage: number; quota: number; ratio: number; level: StorageLevel; persisted: boolean | null };

export function storageLevel(usage: number, quota: number): { ratio: number; level: StorageLevel } {
  if (!Number.isFinite(usage) || !Number.isFinite(quota) || quota <= 0 || usage < 0) return { ratio: 0, level: 'unknown' };
  const ratio = usage / quota;
  return { ratio, level: ratio >= STORAGE_CRITICAL_RATIO ? 'critical' : ratio >= STORAGE_WARN_RATIO ? 'warn' : 'ok' };
}

function manager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManagerLike | undefined);
}

let request: Promise<boolean | null> | null = null;

/**
 * Asks for persistent storage once per start (later calls share the first answer). null = the
 * engine has no such API. Chromium decides by itself without a prompt; it may say no.
 */
export function requestPersistentStorage(storage: StorageManagerLike | undefined = manager()): Promise<boolean | null> {
  request ??= (async () => {
    if (!storage?.persist) return null;
    try {
      if (storage.persisted && (await storage.persisted())) return true;
      return await storage.persist();
    } catch (error) {
      console.warn('navigator.storage.persist gagal', error);
      return false;
    }
  })();
  return request;
}

/** For tests: forget the answer so the next call asks again. */
export function resetPersistRequest(): void {
  request = null;
}

export async function readStorageStatus(storage: StorageManagerLike | undefined = manager()): Promise<StorageStatus | null> {
  if (!storage?.estimate) return null;
  try {
    const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted ? storage.persisted() : Promise.resolve(null)]);
    const usage = estimate.usage ?? 0;
    const quota = estimate.quota ?? 0;
    return { usage, quota, persisted, ...storageLevel(usage, quota) };
  } catch (error) {
    console.warn('navigator.storage.estimate gagal', error);
    return null;
  }
}

/** "12,3 MB", "1,5 GB": decimal units, as disks and the OS file manager show them. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
