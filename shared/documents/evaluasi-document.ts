/**
 * Evaluasi Kinerja Pegawai for a period (domain.md §7.3): header and period, organisation result,
 * the distribution chart of the employee's unit, hasil kerja with realisation and feedback, the two
 * ratings, the perilaku table with feedback, the predikat, signatures.
 */
import { BERAKHLAK, type NilaiBerakhlak } from '../domain/berakhlak';
import { CAPAIAN_PRINT, type CapaianOrganisasi, type PredikatCounts } from '../domain/distribution-curve';
import { PREDIKAT_PRINT, RATING_PRINT, type Rating } from '../domain/predikat';
import type { Evaluation } from '../schemas/evaluation';
import type { Period, Skp } from '../schemas/skp';
import { agencyLine, baseDefinition, documentHeader, type DocumentMeta, identityPairTable, KEEP_WITH_NEXT, NIL, periodLine, signatureBlock } from './common';
import { curveChart } from './curve-chart';
import type { DocDefinition, Node, NodeObject } from './pdf-types';
import { hasilKerjaTable, perilakuTable, skpTitleLines } from './skp-document';

export type EvaluasiModel = {
  skp: Skp;
  evaluation: Evaluation;
  period: Period;
  /** Realisation per IKI id for this period, as reported. */
  realisasi: ReadonlyMap<string, string>;
  /** Continuous feedback per RHK id and per core value, in the order given. */
  feedbackRhk: ReadonlyMap<string, string[]>;
  feedbackPerilaku: ReadonlyMap<NilaiBerakhlak, string[]>;
  curve: { capaian: CapaianOrganisasi | null; counts: PredikatCounts };
};

const ratingLine = (label: string, r: Rating | null): Node => ({
  table: { widths: [160, '*'], body: [[{ text: label, bold: true }, { text: r ? RATING_PRINT[r] : NIL, bold: true }]] },
  layout: 'grid',
  margin: [0, 0, 0, 8],
});

function feedbackText(judgementFeedback: string | undefined, continuous: string[] | undefined): string {
  const parts = [...(continuous ?? []), ...(judgementFeedback?.trim() ? [judgementFeedback.trim()] : [])];
  return parts.length ? parts.map((p) => `• ${p}`).join('\n') : NIL;
}

export function evaluasiDocument(m: EvaluasiModel, meta: DocumentMeta): DocDefinition {
  const { skp, evaluation: ev } = m;
  const rhkFeedback = new Map(ev.rhk.map((j) => [j.rhkId, j.feedback]));
  const perilakuFeedback = new Map(ev.perilaku.map((j) => [j.value, j.feedback]));
  const extra = (iki: { id: string }, rhk: Skp['rhk'][number]): NodeObject[] => {
    const first = rhk.iki[0]?.id === iki.id || rhk.iki.length === 0;
    const fb: NodeObject = first ? { text: feedbackText(rhkFeedback.get(rhk.id), m.feedbackRhk.get(rhk.id)), rowSpan: Math.max(1, rhk.iki.length) } : { text: '' };
    return [{ text: m.realisasi.get(iki.id) || NIL }, fb];
  };
  const content: Node[] = [
    ...documentHeader(meta, 'landscape', skpTitleLines(skp, 'EVALUASI KINERJA PEGAWAI')),
    agencyLine(meta.agencyName, periodLine(skp.year)),
    { text: `PERIODE: ${m.period.label}`, bold: true, margin: [0, 0, 0, 4] },
    identityPairTable({ heading: 'PEGAWAI YANG DINILAI', person: ev.pegawai }, { heading: 'PEJABAT PENILAI KINERJA', person: ev.penilai }),
    {
      table: { widths: [160, '*'], body: [[{ text: 'CAPAIAN KINERJA ORGANISASI', bold: true }, { text: ev.capaianOrganisasi ? CAPAIAN_PRINT[ev.capaianOrganisasi] : NIL, bold: true }], [{ text: 'POLA DISTRIBUSI', bold: true }, curveChart(m.curve.capaian, m.curve.counts)]] },
      layout: 'grid',
      margin: [0, 0, 0, 8],
    },
    { text: 'HASIL KERJA', bold: true, ...KEEP_WITH_NEXT },
    hasilKerjaTable(skp, ['REALISASI BERDASARKAN BUKTI DUKUNG', 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG'], extra),
    ratingLine('RATING HASIL KERJA', ev.ratingHasilKerja),
    perilakuTable(['UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG'], (i) => {
      const key = BERAKHLAK[i]!.key;
      return [feedbackText(perilakuFeedback.get(key), m.feedbackPerilaku.get(key))];
    }),
    ratingLine('RATING PERILAKU KERJA', ev.ratingPerilaku),
    {
      table: { widths: [160, '*'], body: [[{ text: 'PREDIKAT KINERJA PEGAWAI', bold: true }, { text: ev.predikat ? PREDIKAT_PRINT[ev.predikat] : NIL, bold: true, fontSize: 10 }]] },
      layout: 'grid',
      margin: [0, 0, 0, 4],
    },
    ...(ev.revision > 1 ? [{ text: `Revisi ke-${ev.revision - 1}${ev.revisionReason ? `: ${ev.revisionReason}` : ''}`, italics: true, style: 'small' }] : []),
    signatureBlock(meta, { role: 'pegawai', title: 'Pegawai yang Dinilai', person: ev.pegawai }, { role: 'penilai', title: 'Pejabat Penilai Kinerja', person: ev.penilai }),
  ];
  return baseDefinition(meta, 'landscape', `Evaluasi Kinerja ${ev.pegawai.name} ${m.period.label} ${skp.year}`, content);
}
