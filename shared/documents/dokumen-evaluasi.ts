/**
 * Dokumen Evaluasi Kinerja Pegawai (domain.md §7.4): one page per period, the final period's is
 * the annual document. Blocks 1 PEGAWAI YANG DINILAI, 2 PEJABAT PENILAI KINERJA, 3 ATASAN PEJABAT
 * PENILAI KINERJA, 4 EVALUASI KINERJA, 5 CATATAN/REKOMENDASI, then signatures.
 */
import { CAPAIAN_PRINT } from '../domain/distribution-curve';
import { PREDIKAT_PRINT } from '../domain/predikat';
import type { Evaluation } from '../schemas/evaluation';
import type { Period } from '../schemas/skp';
import { agencyLine, baseDefinition, documentHeader, type DocumentMeta, identityBlockRows, NIL, periodLine, signatureBlock } from './common';
import type { DocDefinition, Node, NodeObject } from './pdf-types';

export type DokumenEvaluasiModel = {
  evaluation: Evaluation;
  period: Period;
  /** Accepted training recommendations and other notes, printed in block 5 (numbered). */
  rekomendasi: string[];
};

const row = (a: string, b: string, c: string | NodeObject, extra: NodeObject = {}): NodeObject[] => [{ text: a, alignment: 'center', ...extra }, { text: b, ...extra }, typeof c === 'string' ? { text: c, ...extra } : c];

export function dokumenEvaluasi(m: DokumenEvaluasiModel, meta: DocumentMeta): DocDefinition {
  const ev = m.evaluation;
  const notes = [...(ev.catatan.trim() ? [ev.catatan.trim()] : []), ...m.rekomendasi];
  const body: NodeObject[][] = [
    ...identityBlockRows(1, 'PEGAWAI YANG DINILAI', ev.pegawai),
    ...identityBlockRows(2, 'PEJABAT PENILAI KINERJA', ev.penilai),
    ...identityBlockRows(3, 'ATASAN PEJABAT PENILAI KINERJA', ev.atasanPenilai),
    row('4', 'EVALUASI KINERJA', '', { bold: true }),
    row('', 'CAPAIAN KINERJA ORGANISASI', ev.capaianOrganisasi ? CAPAIAN_PRINT[ev.capaianOrganisasi] : NIL),
    row('', 'PREDIKAT KINERJA PEGAWAI', { text: ev.predikat ? PREDIKAT_PRINT[ev.predikat] : NIL, bold: true }),
    row('5', 'CATATAN/REKOMENDASI', '', { bold: true }),
    [{ text: '' }, { colSpan: 2, ...(notes.length ? { ol: notes } : { text: NIL }) }, { text: '' }],
  ];
  const content: Node[] = [
    ...documentHeader(meta, 'portrait', ['DOKUMEN EVALUASI KINERJA PEGAWAI', m.period.final ? 'PERIODE: TAHUNAN' : `PERIODE: ${m.period.label}`]),
    agencyLine(meta.agencyName, periodLine(m.period.year)),
    ...(m.period.final ? [{ text: `Periode akhir: ${m.period.label}`, style: 'small', margin: [0, 0, 0, 4] }] : []),
    { table: { widths: [24, 170, '*'], body, dontBreakRows: true }, layout: 'grid', margin: [0, 4, 0, 4] },
    ...(ev.revision > 1 ? [{ text: `Revisi ke-${ev.revision - 1}${ev.revisionReason ? `: ${ev.revisionReason}` : ''}`, italics: true, style: 'small' }] : []),
    signatureBlock(meta, { role: 'pegawai', title: 'Pegawai yang Dinilai', person: ev.pegawai }, { role: 'penilai', title: 'Pejabat Penilai Kinerja', person: ev.penilai }),
  ];
  return baseDefinition(meta, 'portrait', `Dokumen Evaluasi Kinerja ${ev.pegawai.name} ${m.period.label} ${m.period.year}`, content);
}
