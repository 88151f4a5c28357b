import { MIN_PASSWORD_LENGTH } from '@shared/domain/access';
import type { Settings } from '@shared/schemas/entities';

export type AppLock = NonNullable<Settings['appLock']>;
export type PasswordHash = Pick<AppLock, 'salt' | 'hash' | 'iterations'>;

/**
 * OWASP's Password Storage Cheat Sheet (2023) asks for at least 600,000 PBKDF2-HMAC-SHA256
 * iterations; about a third of a second in Chromium on an office laptop, once per unlock.
 */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/**
 * WebCrypto exists only in a secure context: the desktop app (file://), https, or localhost. The web
 * build served over plain http on a network address has no crypto.subtle, so no app lock there.
 */
export function lockSupported(): boolean {
  return typeof crypto !== 'undefined' && typeof crypto.subtle?.deriveBits === 'function';
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  // NFC so the same password typed on another keyboard layout or OS gives the same bytes.
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

/** A fresh random salt and the PBKDF2-SHA256 hash of the password; the password itself is never kept. */
export async function hashPassword(password: string, iterations: number = PBKDF2_ITERATIONS): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { salt: toHex(salt), hash: toHex(await derive(password, salt, iterations)), iterations };
}

/** Compares every byte whatever the first difference, so timing does not tell how close a guess was. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const actual = await derive(password, fromHex(stored.salt), stored.iterations);
  return sameBytes(actual, fromHex(stored.hash));
}

export type PasswordProblem = 'too-short' | 'mismatch';

/** Checks a new password and its repetition before anything is hashed. */
export function checkNewPassword(password: string, repeat: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (password !== repeat) return 'mismatch';
  return null;
}

export type IdleTimer = { poke(): void; stop(): void };

/**
 * Calls onIdle once after `timeoutMs` without a poke. A poke only records the time (input events
 * fire often); the single timeout re-arms itself for the rest of the period when it finds activity.
 */
export function createIdleTimer(timeoutMs: number, onIdle: () => void, now: () => number = Date.now): IdleTimer {
  let last = now();
  let stopped = false;
  let handle: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (stopped) return;
    const idle = now() - last;
    if (idle >= timeoutMs) {
      stopped = true;
      onIdle();
    } else {
      handle = setTimeout(check, timeoutMs - idle);
    }
  };
  handle = setTimeout(check, timeoutMs);
  return {
    poke: () => {
      last = now();
    },
    stop: () => {
      stopped = true;
      clearTimeout(handle);
    },
  };
}

/** The input that counts as someone being at the desk. */
export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
