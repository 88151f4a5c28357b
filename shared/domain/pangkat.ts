/**
 * Pangkat/golongan ruang of PNS and golongan of PPPK (domain.md §9): parsing what people type,
 * checking it fits the kind of employee, and the text printed in the PANGKAT/GOL RUANG row (§7).
 */
import { GOLONGAN_PPPK, PANGKAT } from './reference';
import type { GolonganPppk, GolonganRuang, JenisPegawai } from './reference';
import type { Reason } from './reason';

const ROMAN_GROUPS = ['I', 'II', 'III', 'IV'] as const;
type GroupRoman = (typeof ROMAN_GROUPS)[number];

/** Structural reading of "III/a", "iii a", "3a", "IV-e" → group and letter, even if the pair does not exist. */
function readGolonganParts(text: string): { group: GroupRoman; letter: string } | null {
  const m = /^(IV|III|II|I|[1-4])\s*[/\-.\s]?\s*([a-h])$/i.exec(text.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const raw = m[1].toUpperCase();
  const group = /^\d$/.test(raw) ? ROMAN_GROUPS[Number(raw) - 1] : (raw as GroupRoman);
  return group ? { group, letter: m[2].toLowerCase() } : null;
}

/** Accepts "III/a", "iii/a", "III a", "III-a", "IIIa", "3a", "3/a"; null when no such golongan ruang exists. */
export function parseGolonganRuang(text: string): GolonganRuang | null {
  const parts = readGolonganParts(text);
  if (!parts) return null;
  const code = `${parts.group}/${parts.letter}`;
  return PANGKAT.find((p) => p.golongan === code)?.golongan ?? null;
}

/** Accepts "IX", "ix", or "9"; null outside I–XVII. */
export function parseGolonganPppk(text: string): GolonganPppk | null {
  const t = text.trim().toUpperCase();
  if (/^\d{1,2}$/.test(t)) return GOLONGAN_PPPK[Number(t) - 1] ?? null;
  return GOLONGAN_PPPK.find((g) => g === t) ?? null;
}

/** "Penata Muda" for III/a. */
export function pangkatName(golongan: GolonganRuang): string;
export function pangkatName(golongan: string): string | undefined;
export function pangkatName(golongan: string): string | undefined {
  const g = parseGolonganRuang(golongan);
  return PANGKAT.find((p) => p.golongan === g)?.nama;
}

/** "Penata Muda, III/a" as printed in the PANGKAT/GOL RUANG row; the text as given if not a golongan ruang. */
export function formatPangkatGolongan(golongan: string): string {
  const g = parseGolonganRuang(golongan);
  const p = PANGKAT.find((x) => x.golongan === g);
  return p ? `${p.nama}, ${p.golongan}` : golongan.trim();
}

export interface GolonganInput {
  kind: JenisPegawai;
  golonganRuang?: string | undefined;
  golonganPppk?: string | undefined;
}

/**
 * PANGKAT/GOL RUANG row text for any person: PNS "Penata Muda, III/a"; PPPK "Golongan IX" (PPPK have
 * no pangkat, §9); "-" for a Kepala Daerah or a missing value.
 */
export function formatGolonganPegawai(p: GolonganInput): string {
  if (p.kind === 'pns' && p.golonganRuang) return formatPangkatGolongan(p.golonganRuang);
  if (p.kind === 'pppk' && p.golonganPppk) {
    const g = parseGolonganPppk(p.golonganPppk);
    return g ? `Golongan ${g}` : p.golonganPppk.trim();
  }
  return '-';
}

const filled = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

function lastLetter(group: GroupRoman): string {
  return group === 'IV' ? 'e' : 'd';
}

function pnsReasons(p: GolonganInput): Reason[] {
  const reasons: Reason[] = [];
  if (!filled(p.golonganRuang)) {
    reasons.push({
      code: 'pangkat/required',
      message: 'Pangkat/golongan ruang PNS wajib diisi. Pilih salah satu dari I/a (Juru Muda) sampai IV/e (Pembina Utama).',
    });
  } else if (parseGolonganRuang(p.golonganRuang) === null) {
    const parts = readGolonganParts(p.golonganRuang);
    if (parts) {
      const { group, letter } = parts;
      const range = `${group}/a sampai ${group}/${lastLetter(group)}`;
      reasons.push({
        code: 'pangkat/out-of-range',
        message: `Golongan ruang ${group}/${letter} tidak ada: golongan ${group} hanya ${range}. Pilih salah satu dari ${range}.`,
      });
    } else {
      reasons.push({
        code: 'pangkat/unknown',
        message: `Golongan ruang "${p.golonganRuang.trim()}" tidak dikenali. Tulis seperti III/a, antara I/a dan IV/e.`,
      });
    }
  }
  if (filled(p.golonganPppk)) {
    reasons.push({
      code: 'pangkat/pns-with-pppk-golongan',
      message: `PNS tidak memiliki golongan PPPK (${p.golonganPppk.trim()}). Kosongkan golongan PPPK dan isi pangkat/golongan ruang.`,
    });
  }
  return reasons;
}

function pppkReasons(p: GolonganInput): Reason[] {
  const reasons: Reason[] = [];
  if (filled(p.golonganRuang)) {
    reasons.push({
      code: 'pangkat/pppk-has-pangkat',
      message: `PPPK tidak memiliki pangkat/golongan ruang (${p.golonganRuang.trim()}). Kosongkan pangkat dan isi golongan PPPK I sampai XVII.`,
    });
  }
  if (!filled(p.golonganPppk)) {
    reasons.push({
      code: 'pangkat/pppk-golongan-required',
      message: 'Golongan PPPK wajib diisi. Pilih salah satu dari golongan I sampai XVII.',
    });
  } else if (parseGolonganPppk(p.golonganPppk) === null) {
    reasons.push({
      code: 'pangkat/pppk-golongan',
      message: `Golongan PPPK "${p.golonganPppk.trim()}" tidak ada: golongan PPPK hanya I sampai XVII. Pilih salah satu dari I sampai XVII.`,
    });
  }
  return reasons;
}

/** Every problem with the pangkat/golongan recorded for a person of the given kind (§9). */
export function checkGolongan(p: GolonganInput): Reason[] {
  if (p.kind === 'pns') return pnsReasons(p);
  if (p.kind === 'pppk') return pppkReasons(p);
  if (filled(p.golonganRuang) || filled(p.golonganPppk)) {
    return [
      {
        code: 'pangkat/kepala-daerah',
        message: 'Kepala Daerah bukan ASN dan tidak memiliki pangkat atau golongan. Kosongkan isian pangkat/golongan.',
      },
    ];
  }
  return [];
}
