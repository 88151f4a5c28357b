import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formatBytes, readStorageStatus, requestPersistentStorage, resetPersistRequest, storageLevel } from './storage';

beforeEach(() => resetPersistRequest());

describe('storageLevel', () => {
  it('warns from 80 % and is critical from 95 %', () => {
    expect(storageLevel(79, 100)).toEqual({ ratio: 0.79, level: 'ok' });
    expect(storageLevel(80, 100).level).toBe('warn');
    expect(storageLevel(95, 100).level).toBe('critical');
  });

  it('does not guess without a quota', () => {
    expect(storageLevel(10, 0).level).toBe('unknown');
    expect(storageLevel(Number.NaN, 100).level).toBe('unknown');
  });
});

describe('persistent storage', () => {
  it('asks once per start, and not at all when already persistent', async () => {
    const persist = vi.fn(async () => true);
    const storage = { persist, persisted: async () => false };
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    resetPersistRequest();
    const again = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persist: again, persisted: async () => true })).toBe(true);
    expect(again).not.toHaveBeenCalled();
  });

  it('reports an engine without the API, and a refusal', async () => {
    expect(await requestPersistentStorage({})).toBeNull();
    resetPersistRequest();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('no')) })).toBe(false);
  });

  it('reads usage, quota and persistence', async () => {
    const status = await readStorageStatus({ estimate: async () => ({ usage: 850, quota: 1000 }), persisted: async () => false });
    expect(status).toEqual({ usage: 850, quota: 1000, ratio: 0.85, level: 'warn', persisted: false });
    expect(await readStorageStatus({})).toBeNull();
  });
});

describe('formatBytes', () => {
  it('uses decimal units and the locale', () => {
    expect(formatBytes(0, 'id-ID')).toBe('0 B');
    expect(formatBytes(12_345_678, 'id-ID')).toBe('12,3 MB');
    expect(formatBytes(1_500_000_000, 'en-GB')).toBe('1.5 GB');
  });
});
