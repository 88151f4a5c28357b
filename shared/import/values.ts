/**
 * Reading one cell as a domain value, with the Indonesian reason when it cannot be read. The caller
 * prefixes "Baris n, kolom X:" so each message here says only what is wrong and how to fix it.
 */
import { BULAN, isoDate, isRealDate } from '../domain/dates';
import { normalizeNipInput } from '../domain/nip';
import type { JenisKelamin, StatusPegawai } from '../domain/reference';
import { type Cell, cellText, excelSerialToIso, isDateCell, isErrorCell, NO_FORMULA_RESULT } from './cells';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** A formula cell without a usable result: the message for it, or null for any other cell. */
export function formulaProblem(c: Cell | undefined): string | null {
  if (c === undefined || !isErrorCell(c)) return null;
  if (c.error === NO_FORMULA_RESULT) {
    return 'sel berisi rumus yang hasilnya tidak tersimpan di berkas. Buka berkas di Excel, simpan ulang, lalu muat lagi (atau ganti rumus dengan nilainya).';
  }
  return `sel berisi galat rumus ${c.error}. Perbaiki rumus atau ganti dengan nilainya.`;
}

const TEXT_NIP_HINT = 'Format kolom NIP sebagai Teks (Format Cells → Text) lalu ketik ulang NIP lengkap 18 digit, atau awali dengan tanda petik (\').';

/**
 * The NIP digits of a cell. A number cell cannot hold 18 digits (Excel keeps 15 significant
 * digits), so the last digits are already lost; the same for "1,99512E+17" text from a CSV.
 */
export function nipFromCell(c: Cell | undefined): Parsed<string> {
  if (typeof c === 'number') {
    const shown = Number.isSafeInteger(c) ? String(c) : c.toExponential().replace('e+', 'E+');
    const digits = Number.isSafeInteger(c) ? String(c).length : 18;
    if (digits >= 16) return fail(`NIP tersimpan sebagai angka (${shown}) sehingga digit terakhirnya hilang; Excel hanya menyimpan 15 digit angka. ${TEXT_NIP_HINT}`);
    return fail(`NIP tersimpan sebagai angka ${shown} (${digits} digit), seharusnya 18 digit. ${TEXT_NIP_HINT}`);
  }
  const text = cellText(c);
  if (/^\d([.,]\d+)?E\+?\d+$/i.test(text)) {
    return fail(`NIP tertulis dalam notasi ilmiah (${text}) sehingga digitnya hilang. ${TEXT_NIP_HINT}`);
  }
  return ok(normalizeNipInput(text.replace(/^'/, '')));
}

const MONTHS: Record<string, number> = (() => {
  const out: Record<string, number> = {};
  const english = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  BULAN.forEach((name, i) => {
    out[name.toLowerCase()] = i + 1;
    out[name.toLowerCase().slice(0, 3)] = i + 1;
    out[english[i]!] = i + 1;
    out[english[i]!.slice(0, 3)] = i + 1;
  });
  Object.assign(out, { agu: 8, agt: 8, ags: 8, okt: 10, des: 12, peb: 2, pebruari: 2, nop: 11, nopember: 11 });
  return out;
})();

function dateOf(year: number, month: number, day: number, text: string): Parsed<string> {
  if (!isRealDate(year, month, day)) return fail(`"${text}" bukan tanggal yang ada. Tulis tanggal seperti 16-12-1995 atau 1995-12-16.`);
  return ok(isoDate(year, month, day));
}

function dateFromText(text: string): Parsed<string> {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(text);
  if (m) return dateOf(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: .*)?$/.exec(text);
  if (m) return dateOf(Number(m[3]), Number(m[2]), Number(m[1]), text);
  m = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/i.exec(text);
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  if (m && month) return dateOf(Number(m[3]), month, Number(m[1]), text);
  if (/^\d{4,5}(\.\d+)?$/.test(text)) return dateFromSerial(Number(text), text);
  return fail(`"${text}" tidak dikenali sebagai tanggal. Tulis seperti 16-12-1995 (hari-bulan-tahun) atau 1995-12-16.`);
}

function dateFromSerial(serial: number, shown: string): Parsed<string> {
  const iso = excelSerialToIso(serial);
  return iso ? ok(iso) : fail(`angka ${shown} bukan tanggal. Isi tanggal seperti 16-12-1995.`);
}

/** A date from a date cell, an Excel serial number, or text in the usual Indonesian forms. */
export function dateFromCell(c: Cell | undefined): Parsed<string> {
  if (c !== undefined && c !== null && isDateCell(c)) return ok(c.date);
  if (typeof c === 'number') return dateFromSerial(c, String(c));
  return dateFromText(cellText(c));
}

const SEX: Record<string, JenisKelamin> = { l: 'L', lk: 'L', laki: 'L', lakilaki: 'L', pria: 'L', male: 'L', m: 'L', p: 'P', pr: 'P', perempuan: 'P', wanita: 'P', female: 'P', f: 'P', w: 'P' };

export function sexFromText(text: string): Parsed<JenisKelamin> {
  const v = SEX[text.toLowerCase().replace(/[^a-z]/g, '')];
  return v ? ok(v) : fail(`"${text}" tidak dikenali. Isi L (laki-laki) atau P (perempuan).`);
}

export type AsnKind = 'pns' | 'pppk';
const KIND: Record<string, AsnKind | 'kepala-daerah'> = { pns: 'pns', cpns: 'pns', pppk: 'pppk', p3k: 'pppk', kepaladaerah: 'kepala-daerah' };

export function kindFromText(text: string): Parsed<AsnKind> {
  const v = KIND[text.toLowerCase().replace(/[^a-z0-9]/g, '')];
  if (v === 'kepala-daerah') return fail('Kepala Daerah tidak dapat diimpor karena tidak memiliki NIP. Hapus baris ini; data Kepala Daerah diubah langsung di aplikasi.');
  return v ? ok(v) : fail(`"${text}" tidak dikenali. Isi PNS atau PPPK.`);
}

const STATUS: Record<string, StatusPegawai> = {
  aktif: 'aktif',
  active: 'aktif',
  pensiun: 'pensiun',
  purnatugas: 'pensiun',
  mutasikeluar: 'mutasi-keluar',
  mutasi: 'mutasi-keluar',
  pindah: 'mutasi-keluar',
  tugasbelajar: 'tugas-belajar',
  tb: 'tugas-belajar',
  cltn: 'cltn',
  cutidiluartanggungannegara: 'cltn',
};

export function statusFromText(text: string): Parsed<StatusPegawai> {
  const v = STATUS[text.toLowerCase().replace(/[^a-z]/g, '')];
  return v ? ok(v) : fail(`"${text}" tidak dikenali. Isi salah satu: Aktif, Pensiun, Mutasi Keluar, Tugas Belajar, atau CLTN.`);
}

/** "Pelaksana" ↔ "pelaksana" and "Unit  Kerja" ↔ "unit kerja": for matching names people type. */
export function normaliseName(text: string): string {
  return cellText(text).toLowerCase();
}
