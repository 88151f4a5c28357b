/**
 * SKP rules (domain.md §2, §3): which form a position uses, the periods of a year, the checks that
 * must pass before an SKP is submitted, the workflow, and the cascading matrix.
 */
import type { Period, PeriodType, Rhk, Skp, SkpStatus } from '../schemas/skp';
import { namaBulan } from './dates';
import type { JenisJabatan } from './reference';

/** JPT positions use the JPT form; every other ASN position the JA/JF form; a Kepala Daerah has no SKP. */
export function skpFormFor(type: JenisJabatan): 'jpt' | 'ja-jf' | null {
  if (type === 'kepala-daerah') return null;
  return type.startsWith('jpt-') ? 'jpt' : 'ja-jf';
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The periods of a year; the last is the final (annual) one: "TRIWULAN IV-AKHIR" (domain.md §2). */
export function generatePeriods(year: number, type: PeriodType): Period[] {
  const months = type === 'bulanan' ? 1 : type === 'triwulan' ? 3 : 6;
  const count = 12 / months;
  return Array.from({ length: count }, (_, i) => {
    const first = i * months + 1;
    const last = first + months - 1;
    const final = i === count - 1;
    const base = type === 'bulanan' ? namaBulan(first).toUpperCase() : `${type === 'triwulan' ? 'TRIWULAN' : 'SEMESTER'} ${ROMAN[i]}`;
    return {
      id: `period-${year}-${type}-${i + 1}`,
      year,
      type,
      index: i + 1,
      label: final ? `${base}-AKHIR` : base,
      start: `${year}-${pad(first)}-01`,
      end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
      final,
      status: 'open' as const,
    };
  });
}

/** A problem found on an SKP, at the path of the field the form shows it next to. */
export type SkpIssue = { path: string; code: string; message: string };

function checkRhk(skp: Skp, rhk: Rhk, i: number): SkpIssue[] {
  const issues: SkpIssue[] = [];
  const at = `rhk.${i}`;
  const label = `RHK ${rhk.kind === 'utama' ? 'utama' : 'tambahan'} ke-${i + 1}`;
  if (!rhk.text.trim()) issues.push({ path: `${at}.text`, code: 'skp/rhk-empty', message: `${label} belum diisi. Tuliskan rencana hasil kerjanya.` });
  if (skp.form === 'ja-jf' && rhk.kind === 'utama' && !rhk.intervensi?.text.trim()) {
    issues.push({ path: `${at}.intervensi`, code: 'skp/intervensi-missing', message: `${label} belum menyebut RHK pimpinan yang diintervensi. Pilih dari SKP atasan atau ketik RHK atasan.` });
  }
  if (rhk.iki.length === 0) issues.push({ path: `${at}.iki`, code: 'skp/iki-missing', message: `${label} belum punya indikator (IKI). Tambahkan minimal satu IKI.` });
  rhk.iki.forEach((iki, j) => {
    const p = `${at}.iki.${j}`;
    const name = `IKI ke-${j + 1} pada ${label}`;
    if (!iki.text.trim()) issues.push({ path: `${p}.text`, code: 'skp/iki-empty', message: `${name} belum diisi.` });
    if (skp.form === 'jpt' && !iki.perspektif) issues.push({ path: `${p}.perspektif`, code: 'skp/perspektif-missing', message: `${name} belum punya perspektif. Pilih Penerima Layanan, Penguatan Internal, Proses Bisnis, atau Anggaran.` });
    if (skp.form === 'ja-jf' && !iki.aspek) issues.push({ path: `${p}.aspek`, code: 'skp/aspek-missing', message: `${name} belum punya aspek. Pilih Kuantitas, Kualitas, Waktu, atau Biaya.` });
    const t = iki.target;
    const noTarget = t.kind === 'kuantitatif' ? t.value === null || !t.unit.trim() : !t.text.trim();
    if (noTarget) issues.push({ path: `${p}.target`, code: 'skp/target-missing', message: `${name} belum punya target. Isi ${t.kind === 'kuantitatif' ? 'angka target dan satuannya' : 'uraian target'}.` });
  });
  return issues;
}

const LAMPIRAN_LABEL = { dukunganSumberDaya: 'Dukungan Sumber Daya', skemaPertanggungjawaban: 'Skema Pertanggungjawaban', konsekuensi: 'Konsekuensi' } as const;

/** Everything that blocks submitting (domain.md §3), each at its field; empty when it may be submitted. */
export function checkSkpForSubmit(skp: Skp): SkpIssue[] {
  const issues: SkpIssue[] = [];
  if (!skp.rhk.some((r) => r.kind === 'utama')) issues.push({ path: 'rhk', code: 'skp/no-utama', message: 'SKP belum punya RHK utama. Tambahkan minimal satu RHK utama.' });
  skp.rhk.forEach((rhk, i) => issues.push(...checkRhk(skp, rhk, i)));
  for (const key of Object.keys(LAMPIRAN_LABEL) as (keyof typeof LAMPIRAN_LABEL)[]) {
    if (!skp.lampiran[key].some((line) => line.trim())) {
      issues.push({ path: `lampiran.${key}`, code: 'skp/lampiran-empty', message: `Lampiran ${LAMPIRAN_LABEL[key]} masih kosong. Tuliskan minimal satu butir.` });
    }
  }
  if (!skp.penilai) issues.push({ path: 'penilai', code: 'skp/no-penilai', message: 'Pejabat Penilai Kinerja belum ada. Isi kepala unit atau tetapkan Plt/Plh di data pegawai.' });
  return issues;
}

export type SkpAction = 'submit' | 'approve' | 'return' | 'reopen';

/** Draft → Diajukan → Disetujui or Dikembalikan; returned or approved SKPs go back to draft only by reopening. */
export function nextSkpStatus(current: SkpStatus, action: SkpAction): SkpStatus | null {
  switch (action) {
    case 'submit':
      return current === 'draft' || current === 'dikembalikan' ? 'diajukan' : null;
    case 'approve':
      return current === 'diajukan' ? 'disetujui' : null;
    case 'return':
      return current === 'diajukan' ? 'dikembalikan' : null;
    case 'reopen':
      return current === 'disetujui' ? 'draft' : null;
  }
}

/** An SKP can be edited only as a draft or after it was returned; approved needs reopening first. */
export function isSkpEditable(status: SkpStatus): boolean {
  return status === 'draft' || status === 'dikembalikan';
}

export type CascadeCell = { employeeId: string; rhk: { id: string; text: string }[] };
export type CascadeRow = { supervisorRhk: { id: string; text: string; kind: Rhk['kind'] }; cells: CascadeCell[] };

/**
 * The cascading matrix: for each RHK of the supervisor, which RHK of each subordinate support it
 * (domain.md §3, "RHK Pimpinan yang Diintervensi"). Subordinate RHK linked to nothing are listed
 * in `unlinked` so the supervisor sees gaps.
 */
export function cascadeMatrix(supervisor: Skp, subordinates: readonly Skp[]): { rows: CascadeRow[]; unlinked: CascadeCell[] } {
  const supervisorRhk = new Set(supervisor.rhk.map((r) => r.id));
  /** The supervisor RHK an RHK supports through a link into this supervisor's SKP, if any. */
  const supports = (x: Rhk): string | null =>
    x.intervensi?.kind === 'link' && x.intervensi.skpId === supervisor.id && supervisorRhk.has(x.intervensi.rhkId) ? x.intervensi.rhkId : null;
  const brief = (x: Rhk) => ({ id: x.id, text: x.text });
  const rows: CascadeRow[] = supervisor.rhk.map((r) => ({
    supervisorRhk: { id: r.id, text: r.text, kind: r.kind },
    cells: subordinates.map((s) => ({ employeeId: s.employeeId, rhk: s.rhk.filter((x) => supports(x) === r.id).map(brief) })),
  }));
  const unlinked = subordinates.map((s) => ({ employeeId: s.employeeId, rhk: s.rhk.filter((x) => supports(x) === null).map(brief) }));
  return { rows, unlinked };
}
