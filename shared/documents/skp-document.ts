/**
 * SKP and Lampiran SKP (Lampiran of PermenPANRB 6/2022; domain.md §7 items 1 and 2): identity
 * blocks, the HASIL KERJA table grouped A. UTAMA / B. TAMBAHAN with each RHK spanning its IKI rows,
 * the PERILAKU KERJA table, the three Lampiran lists, and signatures.
 */
import { BERAKHLAK } from '../domain/berakhlak';
import type { Iki, Rhk, Skp } from '../schemas/skp';
import { agencyLine, baseDefinition, documentHeader, type DocumentMeta, identityPairTable, KEEP_WITH_NEXT, NIL, periodLine, signatureBlock } from './common';
import type { DocDefinition, Node, NodeObject } from './pdf-types';

const ASPEK_PRINT: Record<NonNullable<Iki['aspek']>, string> = { kuantitas: 'Kuantitas', kualitas: 'Kualitas', waktu: 'Waktu', biaya: 'Biaya' };
const PERSPEKTIF_PRINT: Record<NonNullable<Iki['perspektif']>, string> = {
  'penerima-layanan': 'Perspektif Penerima Layanan',
  'penguatan-internal': 'Perspektif Penguatan Internal',
  'proses-bisnis': 'Perspektif Proses Bisnis',
  anggaran: 'Perspektif Anggaran',
};

/** "1.200 keping", "3 hari", or the described target. */
export function printTarget(iki: Iki): string {
  const t = iki.target;
  if (t.kind === 'kualitatif') return t.text || NIL;
  if (t.value === null) return NIL;
  return `${t.value.toLocaleString('id-ID')} ${t.unit}`.trim();
}

export function skpTitleLines(skp: Pick<Skp, 'form' | 'approach'>, first: string): string[] {
  return [first, `PENDEKATAN HASIL KERJA ${skp.approach === 'kuantitatif' ? 'KUANTITATIF' : 'KUALITATIF'}`, skp.form === 'jpt' ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI' : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL'];
}

const c = (text: string, extra: NodeObject = {}): NodeObject => ({ text, ...extra });

function rhkText(r: Rhk): Node {
  return r.penugasanDari ? { stack: [r.text, { text: `Penugasan dari: ${r.penugasanDari}`, italics: true, style: 'small' }] } : r.text;
}

/** Rows of one RHK: the RHK cells span its IKI rows (extra columns come from `more`, e.g. realisasi). */
export function rhkRows(skp: Skp, rhk: Rhk, no: number, more: (iki: Iki, rhk: Rhk) => NodeObject[] = () => []): NodeObject[][] {
  const iki = rhk.iki.length > 0 ? rhk.iki : [{ id: '-', text: NIL, target: { kind: 'kualitatif' as const, text: NIL } }];
  const span = iki.length;
  return iki.map((k, i) => {
    const first = i === 0;
    const spanned = (node: Node): NodeObject => (first ? { ...(typeof node === 'object' && !Array.isArray(node) ? node : { text: node }), rowSpan: span } : c(''));
    if (skp.form === 'jpt') {
      return [spanned({ text: String(no), alignment: 'center' }), spanned(rhkText(rhk)), c(k.text), c(printTarget(k)), c(k.perspektif ? PERSPEKTIF_PRINT[k.perspektif] : NIL), ...more(k, rhk)];
    }
    return [spanned({ text: String(no), alignment: 'center' }), spanned(rhk.intervensi?.text || NIL), spanned(rhkText(rhk)), c(k.aspek ? ASPEK_PRINT[k.aspek] : NIL), c(k.text), c(printTarget(k)), ...more(k, rhk)];
  });
}

export function hasilKerjaHeader(skp: Skp, extra: string[] = []): NodeObject[][] {
  const names = skp.form === 'jpt' ? ['NO', 'RENCANA HASIL KERJA', 'INDIKATOR KINERJA INDIVIDU', 'TARGET', 'PERSPEKTIF'] : ['NO', 'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI', 'RENCANA HASIL KERJA', 'ASPEK', 'INDIKATOR KINERJA INDIVIDU', 'TARGET'];
  const all = [...names, ...extra];
  return [all.map((n) => c(n, { style: 'th' })), all.map((_, i) => c(`(${i + 1})`, { style: 'th', fontSize: 7 }))];
}

export function hasilKerjaWidths(skp: Skp, extra: number): (number | string)[] {
  const base = skp.form === 'jpt' ? [20, '*', '*', 70, 80] : [20, '*', '*', 48, '*', 62];
  return [...base, ...Array.from({ length: extra }, () => '*')];
}

/** The HASIL KERJA table; `more` adds columns per IKI row (used by the evaluation document). */
export function hasilKerjaTable(skp: Skp, extraHeaders: string[] = [], more?: (iki: Iki, rhk: Rhk) => NodeObject[]): Node {
  const header = hasilKerjaHeader(skp, extraHeaders);
  const cols = header[0]!.length;
  const group = (label: string): NodeObject[] => [c(label, { style: 'section', colSpan: cols }), ...Array.from({ length: cols - 1 }, () => c(''))];
  const body: NodeObject[][] = [...header];
  let no = 0;
  for (const [kind, label] of [['utama', 'A. UTAMA'], ['tambahan', 'B. TAMBAHAN']] as const) {
    body.push(group(label));
    const list = skp.rhk.filter((r) => r.kind === kind);
    if (list.length === 0) body.push([c(NIL, { colSpan: cols, alignment: 'center' }), ...Array.from({ length: cols - 1 }, () => c(''))]);
    for (const r of list) body.push(...rhkRows(skp, r, ++no, more));
  }
  return { table: { headerRows: 2, dontBreakRows: true, widths: hasilKerjaWidths(skp, extraHeaders.length), body }, layout: 'grid', margin: [0, 4, 0, 8] };
}

export function nilaiCell(index: number): Node {
  const v = BERAKHLAK[index]!;
  return { stack: [{ text: v.name, bold: true }, { ol: [...v.descriptors], type: 'lower-alpha', margin: [0, 2, 0, 0] }] };
}

/** PERILAKU KERJA: each core value with its three descriptors and the extra columns given. */
export function perilakuTable(headers: string[], row: (index: number) => Node[]): Node {
  const body: Node[][] = [[c('NO', { style: 'th' }), c('PERILAKU KERJA', { style: 'th' }), ...headers.map((h) => c(h, { style: 'th' }))]];
  BERAKHLAK.forEach((_, i) => body.push([c(String(i + 1), { alignment: 'center' }), nilaiCell(i), ...row(i)]));
  return { table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: [20, '*', ...headers.map(() => '*')], body }, layout: 'grid', margin: [0, 4, 0, 8] };
}

function lampiranList(title: string, items: string[]): Node {
  const filled = items.filter((s) => s.trim());
  return { stack: [{ text: title, bold: true, margin: [0, 6, 0, 2] }, filled.length ? { ol: filled } : { text: NIL }] };
}

export function skpDocument(skp: Skp, meta: DocumentMeta): DocDefinition {
  const ekspektasi = new Map(skp.perilaku.map((p) => [p.value, p.ekspektasi]));
  const content: Node[] = [
    ...documentHeader(meta, 'landscape', skpTitleLines(skp, 'SASARAN KINERJA PEGAWAI')),
    agencyLine(meta.agencyName, periodLine(skp.year)),
    identityPairTable({ heading: 'PEGAWAI YANG DINILAI', person: skp.pegawai }, { heading: 'PEJABAT PENILAI KINERJA', person: skp.penilai }),
    { text: 'HASIL KERJA', bold: true, margin: [0, 4, 0, 0], ...KEEP_WITH_NEXT },
    hasilKerjaTable(skp),
    perilakuTable(['EKSPEKTASI KHUSUS PIMPINAN'], (i) => [ekspektasi.get(BERAKHLAK[i]!.key)?.trim() || NIL]),
    signatureBlock(meta, { role: 'pegawai', title: 'Pegawai yang Dinilai', person: skp.pegawai }, { role: 'penilai', title: 'Pejabat Penilai Kinerja', person: skp.penilai }),
    ...documentHeader(meta, 'landscape', ['LAMPIRAN SASARAN KINERJA PEGAWAI'], { pageBreak: 'before' }),
    agencyLine(meta.agencyName, periodLine(skp.year)),
    lampiranList('DUKUNGAN SUMBER DAYA', skp.lampiran.dukunganSumberDaya),
    lampiranList('SKEMA PERTANGGUNGJAWABAN', skp.lampiran.skemaPertanggungjawaban),
    lampiranList('KONSEKUENSI', skp.lampiran.konsekuensi),
    signatureBlock(meta, { role: 'pegawai', title: 'Pegawai yang Dinilai', person: skp.pegawai }, { role: 'penilai', title: 'Pejabat Penilai Kinerja', person: skp.penilai }, false),
  ];
  return baseDefinition(meta, 'landscape', `SKP ${skp.pegawai.name} ${skp.year}`, content);
}
