/**
 * The Pangkat/Golongan column: "Penata Muda, III/a", "III/a", "Penata Muda" for a PNS; "IX",
 * "Golongan IX" or "9" for a PPPK (domain.md §9).
 */
import { parseGolonganPppk, parseGolonganRuang } from '../domain/pangkat';
import { type GolonganPppk, type GolonganRuang, PANGKAT } from '../domain/reference';
import type { Parsed } from './values';

export type GolonganValue = { golonganRuang: GolonganRuang } | { golonganPppk: GolonganPppk };

const PANGKAT_BY_NAME = new Map<string, GolonganRuang>(PANGKAT.map((p) => [p.nama.toLowerCase(), p.golongan]));
/** Longest names first so "Penata Muda Tingkat I" is not read as "Penata Muda". */
const NAMES_LONGEST_FIRST = [...PANGKAT].sort((a, b) => b.nama.length - a.nama.length);

function pangkatNameIn(text: string): { name: string; golongan: GolonganRuang } | null {
  const lower = text.toLowerCase();
  for (const p of NAMES_LONGEST_FIRST) {
    const at = lower.indexOf(p.nama.toLowerCase());
    if (at < 0) continue;
    const after = lower.charAt(at + p.nama.length);
    if (after === '' || !/[a-z]/.test(after)) return { name: p.nama, golongan: p.golongan };
  }
  return null;
}

/** The golongan ruang written in the text ("III/a", "(III/a)", "III-a"), ignoring the pangkat name. */
function ruangIn(text: string): GolonganRuang | null | 'unknown' {
  const m = /(?:^|[\s,(;-])((?:IV|III|II|I|[1-4])\s*[/\-.]?\s*[a-h])\s*\)?\s*$/i.exec(text);
  if (!m) return null;
  return parseGolonganRuang(m[1]!) ?? 'unknown';
}

function pns(original: string): Parsed<GolonganValue> {
  // "Penata Muda Tk. I" is how many lists abbreviate "Tingkat I".
  const text = original.replace(/\btk\.?\s*(?=I\b)/gi, 'Tingkat ');
  const named = pangkatNameIn(text);
  const rest = named ? text.replace(new RegExp(named.name, 'i'), '') : text;
  const ruang = ruangIn(` ${rest.trim()}`) ?? parseGolonganRuang(rest.replace(/[,()]/g, '').trim());
  if (ruang === 'unknown' || (!named && ruang === null)) {
    if (parseGolonganPppk(text.replace(/^gol(ongan)?\.?\s*/i, '')) !== null) {
      return { ok: false, message: `"${text}" adalah golongan PPPK, padahal NIP ini milik PNS. Tulis pangkat/golongan ruang PNS, misalnya "Penata Muda, III/a".` };
    }
    return { ok: false, message: `"${text}" tidak dikenali sebagai pangkat/golongan ruang. Tulis seperti "Penata Muda, III/a" atau "III/a" (I/a sampai IV/e).` };
  }
  if (named && ruang !== null && named.golongan !== ruang) {
    return { ok: false, message: `pangkat ${named.name} adalah golongan ${named.golongan}, bukan ${ruang}. Perbaiki pangkat atau golongan ruangnya.` };
  }
  return { ok: true, value: { golonganRuang: ruang ?? named!.golongan } };
}

function pppk(text: string): Parsed<GolonganValue> {
  const g = parseGolonganPppk(text.replace(/^gol(ongan)?\.?\s*/i, '').trim());
  if (g) return { ok: true, value: { golonganPppk: g } };
  if (pangkatNameIn(text) || ruangIn(` ${text}`) !== null || PANGKAT_BY_NAME.has(text.toLowerCase())) {
    return { ok: false, message: `PPPK tidak memiliki pangkat/golongan ruang ("${text}"). Isi golongan PPPK I sampai XVII, misalnya IX.` };
  }
  return { ok: false, message: `"${text}" bukan golongan PPPK. Isi golongan I sampai XVII, misalnya IX.` };
}

/** Reads the column for an employee of the given kind; `text` is the non-empty cell text. */
export function golonganFromText(text: string, kind: 'pns' | 'pppk'): Parsed<GolonganValue> {
  return kind === 'pns' ? pns(text) : pppk(text);
}

/** The text the export writes: "Penata Muda, III/a" for PNS, "IX" for PPPK. */
export function golonganText(e: { golonganRuang?: string | undefined; golonganPppk?: string | undefined }): string {
  if (e.golonganRuang) {
    const p = PANGKAT.find((x) => x.golongan === e.golonganRuang);
    return p ? `${p.nama}, ${p.golongan}` : e.golonganRuang;
  }
  return e.golonganPppk ?? '';
}
