/** Text printed in the visible signature block and the QR payload. */
import { BULAN } from '../domain/dates';

export type SignerRole = 'pegawai' | 'penilai';

export const ROLE_LABEL: Record<SignerRole, string> = {
  pegawai: 'Pegawai yang Dinilai',
  penilai: 'Pejabat Penilai Kinerja',
};

/** Indonesian time zones by UTC offset in minutes. */
export type ZonaWaktu = 'WIB' | 'WITA' | 'WIT';
export const ZONA_OFFSET_MINUTES: Record<ZonaWaktu, number> = { WIB: 7 * 60, WITA: 8 * 60, WIT: 9 * 60 };

const two = (n: number): string => String(n).padStart(2, '0');

/** "16 Desember 2025 14.05 WIB": Indonesian style, hours and minutes joined by a dot. */
export function formatWaktuTandaTangan(date: Date, zona: ZonaWaktu = 'WIB'): string {
  const local = new Date(date.getTime() + ZONA_OFFSET_MINUTES[zona] * 60_000);
  const month = BULAN[local.getUTCMonth()] ?? '';
  return `${local.getUTCDate()} ${month} ${local.getUTCFullYear()} ${two(local.getUTCHours())}.${two(local.getUTCMinutes())} ${zona}`;
}

/** PDF date string "D:20251216140500+07'00'" in the signer's zone (ISO 32000-1 §7.9.4). */
export function pdfDate(date: Date, zona: ZonaWaktu = 'WIB'): string {
  const offset = ZONA_OFFSET_MINUTES[zona];
  const l = new Date(date.getTime() + offset * 60_000);
  const stamp = `${l.getUTCFullYear()}${two(l.getUTCMonth() + 1)}${two(l.getUTCDate())}${two(l.getUTCHours())}${two(l.getUTCMinutes())}${two(l.getUTCSeconds())}`;
  return `D:${stamp}+${two(Math.floor(offset / 60))}'${two(offset % 60)}'`;
}

/** Reads a PDF date string; null when it is not one. */
export function parsePdfDate(text: string): Date | null {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?$/.exec(text.trim());
  if (!m) return null;
  const n = (i: number, d: number): number => (m[i] ? Number(m[i]) : d);
  const utc = Date.UTC(n(1, 0), n(2, 1) - 1, n(3, 1), n(4, 0), n(5, 0), n(6, 0));
  const sign = m[7] === '-' ? -1 : m[7] === '+' ? 1 : 0;
  return new Date(utc - sign * (n(8, 0) * 60 + n(9, 0)) * 60_000);
}

/**
 * What the QR code in the signature block carries: the document id and the SHA-256 (hex) of the
 * document as it was just before this signature (the signed file cannot contain its own hash).
 * Kept short so the code stays at version 5-6 and its modules stay printable in a 52 pt box.
 */
export function qrPayload(p: { documentId: string; sha256: string }): string {
  return `PEKA:${p.documentId}:${p.sha256}`;
}
