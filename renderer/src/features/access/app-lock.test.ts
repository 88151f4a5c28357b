import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkNewPassword, createIdleTimer, hashPassword, PBKDF2_ITERATIONS, verifyPassword } from './app-lock';

describe('app password hashing', () => {
  it('uses PBKDF2-SHA256 with at least 600,000 iterations, a random salt, and never the password', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const a = await hashPassword('rahasia-meja-1');
    const b = await hashPassword('rahasia-meja-1');
    expect(a.iterations).toBe(PBKDF2_ITERATIONS);
    expect(a.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('rahasia');
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Kunci#Meja2026');
    expect(await verifyPassword('Kunci#Meja2026', stored)).toBe(true);
    expect(await verifyPassword('kunci#meja2026', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('matches a known PBKDF2-HMAC-SHA256 vector (RFC 7914 §11, 1 iteration)', async () => {
    const salt = Array.from(new TextEncoder().encode('salt'), (b) => b.toString(16).padStart(2, '0')).join('');
    const hash = '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b';
    expect(await verifyPassword('password', { salt, hash, iterations: 1 })).toBe(true);
  });

  it('treats the same text in another Unicode form as the same password', async () => {
    const stored = await hashPassword('Ke\u0301rja-baik');
    expect(await verifyPassword('K\u00e9rja-baik', stored)).toBe(true);
  });

  it('checks a new password and its repetition before hashing', () => {
    expect(checkNewPassword('pendek', 'pendek')).toBe('too-short');
    expect(checkNewPassword('cukup-panjang', 'cukup-panjanG')).toBe('mismatch');
    expect(checkNewPassword('cukup-panjang', 'cukup-panjang')).toBeNull();
  });
});

describe('idle timer', () => {
  afterEach(() => vi.useRealTimers());

  it('fires once after the timeout without activity', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    createIdleTimer(10 * 60_000, onIdle);
    vi.advanceTimersByTime(10 * 60_000 - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts from the last activity', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const timer = createIdleTimer(60_000, onIdle);
    vi.advanceTimersByTime(50_000);
    timer.poke();
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    timer.poke();
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never fires once stopped', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const timer = createIdleTimer(1_000, onIdle);
    timer.stop();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
