import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { curveUnitResolver } from '../../shared/domain/curve-units';
import { formatNip } from '../../shared/domain/nip';
import { AppDb } from '../../renderer/src/db/db';
import { unitCurve, loadCurveData } from '../../renderer/src/features/curve/curve.queries';
import { bulkFileName, documentFileName, periodCode, slugify } from '../../renderer/src/features/documents/document-files';
import { definitionOf, jobFor, sourceOf } from '../../renderer/src/features/documents/document-kinds';
import { buildDokumenEvaluasiModel, buildEvaluasiModel, type DocumentData } from '../../renderer/src/features/documents/document-models';
import { bulkSelection, loadDocumentData, pickerPeople } from '../../renderer/src/features/documents/documents.queries';
import { mergePdfs, renderJob } from '../../renderer/src/features/documents/render-core';
import { ensureInitialised } from '../../renderer/src/features/settings/settings.commands';
import { pdfPageCount, pdftotext, qpdfCheck, toTempFile } from './pdf-tools';
import { nodePdfmake } from '../../scripts/documents-node';

const Q1 = 'period-2026-triwulan-1';
const Q3 = 'period-2026-triwulan-3';
let db: AppDb;
let q1: DocumentData;

beforeAll(async () => {
  db = new AppDb(`peka-docs-${Math.random()}`);
  await ensureInitialised(db, new Date('2026-11-28T02:00:00.000Z'));
  q1 = (await loadDocumentData(db, Q1))!;
});

/** A demo employee of Q1 with realisation and feedback recorded for the period. */
function monitored(data: DocumentData) {
  const withFeedback = new Set(data.feedback.map((f) => f.skpId));
  const ev = [...data.latestByEmployee.values()].find((e) => e.status === 'final' && withFeedback.has(e.skpId) && data.realisasi.some((r) => r.skpId === e.skpId));
  if (!ev) throw new Error('demo has no monitored employee in Q1');
  return ev;
}

describe('loadDocumentData and the view-model builders (demo agency in IndexedDB)', () => {
  it('reads one period: latest revisions, the year SKPs, realisation and feedback of the period only', async () => {
    expect(q1.period.label).toBe('TRIWULAN I');
    expect(q1.latestByEmployee.size).toBe(121);
    expect([...q1.latestByEmployee.values()].every((e) => e.periodId === Q1 && e.status === 'final')).toBe(true);
    expect(q1.realisasi.length).toBeGreaterThan(0);
    expect(q1.realisasi.every((r) => r.periodId === Q1)).toBe(true);
    expect(q1.feedback.every((f) => f.periodId === Q1)).toBe(true);
    expect(q1.settings.agencyName).toBe('PEMERINTAH KOTA TANGERANG SELATAN');
    expect(pickerPeople(q1).length).toBeGreaterThanOrEqual(121);
  });

  it('buildEvaluasiModel: the SKP, realisation per IKI, feedback in order, and the real counts of the unit curve', async () => {
    const ev = monitored(q1);
    const m = buildEvaluasiModel(q1, ev.id)!;
    expect(m.skp.id).toBe(ev.skpId);
    expect(m.evaluation.id).toBe(ev.id);
    const records = q1.realisasi.filter((r) => r.skpId === ev.skpId);
    for (const r of records) for (const [iki, text] of Object.entries(r.realisasi)) if (text.trim()) expect(m.realisasi.get(iki)).toBe(text.trim());
    const fb = q1.feedback.filter((f) => f.skpId === ev.skpId && f.target.kind === 'rhk').sort((a, b) => a.at.localeCompare(b.at));
    const rhkId = (fb[0]!.target as { rhkId: string }).rhkId;
    expect(m.feedbackRhk.get(rhkId)).toEqual(fb.filter((f) => (f.target as { rhkId: string }).rhkId === rhkId).map((f) => f.text));
    // Counts from the same computation the curve page shows, for the employee's curve unit.
    const curveData = await loadCurveData(db, Q1);
    const unit = curveUnitResolver(curveData.units)(q1.employees.get(ev.employeeId)!.unitId)!;
    const curve = unitCurve(Q1, curveData).find((c) => c.unit.id === unit.id)!;
    expect(m.curve.counts).toEqual(curve.counts);
    expect(m.curve.capaian).toBe(curve.orgResult?.capaian ?? ev.capaianOrganisasi);
    expect(Object.values(m.curve.counts).reduce((s, n) => s + (n ?? 0), 0)).toBe(curve.evaluated);
  });

  it('buildDokumenEvaluasiModel carries the evaluation, the period and the accepted training recommendations', () => {
    const ev = monitored(q1);
    expect(buildDokumenEvaluasiModel(q1, ev.id)).toEqual({ evaluation: ev, period: q1.period, rekomendasi: q1.rekomendasi.get(ev.id) ?? [] });
    // The demo accepts training recommendations for some finalised evaluations: they reach the document.
    const withLines = [...q1.rekomendasi].find(([, lines]) => lines.length > 0);
    expect(withLines).toBeDefined();
    expect(buildDokumenEvaluasiModel(q1, withLines![0])!.rekomendasi).toEqual(withLines![1]);
    expect(buildEvaluasiModel(q1, 'no-such-evaluation')).toBeNull();
  });

  it('a document source: id, signing day from finalisation, draft flag; missing data says why', async () => {
    const ev = monitored(q1);
    const s = sourceOf('dokumen-evaluasi', q1, ev.employeeId);
    expect(s).toMatchObject({ ok: true, documentId: `DEK-${ev.id}`, draft: false });
    const skp = sourceOf('skp', q1, ev.employeeId);
    expect(skp).toMatchObject({ ok: true, documentId: `SKP-${ev.skpId}`, draft: false });
    const kd = [...q1.employees.values()].find((e) => e.kind === 'kepala-daerah')!;
    expect(sourceOf('evaluasi', q1, kd.id)).toEqual({ ok: false, reason: 'no-evaluation' });
    const q3 = (await loadDocumentData(db, Q3))!;
    expect(sourceOf('evaluasi', q3, ev.employeeId)).toMatchObject({ ok: true, draft: true });
    expect(definitionOf(jobFor('evaluasi', q3, ev.employeeId, '2026-11-28')!)).toHaveProperty('watermark.text', 'DRAF');
  });

  it('bulkSelection: a unit with or without sub-units, final only; drafts are skipped and counted', async () => {
    const units = await db.units.toArray();
    const all = bulkSelection(q1, units, { unitId: 'unit-dukcapil', includeSubUnits: true, kind: 'dokumen-evaluasi' });
    const top = bulkSelection(q1, units, { unitId: 'unit-dukcapil', includeSubUnits: false, kind: 'dokumen-evaluasi' });
    expect(all.ready.length).toBeGreaterThan(top.ready.length);
    expect(top.ready.every((e) => e.unitId === 'unit-dukcapil')).toBe(true);
    const q3 = (await loadDocumentData(db, Q3))!;
    const drafts = bulkSelection(q3, units, { unitId: 'unit-dukcapil', includeSubUnits: true, kind: 'dokumen-evaluasi' });
    expect(drafts.ready).toEqual([]);
    expect(drafts.skipped.filter((s) => s.reason === 'draft')).toHaveLength(all.ready.length);
  });

  it('renders a demo Evaluasi from the database: realisation, feedback and the chart counts in the text', async () => {
    const ev = monitored(q1);
    const job = jobFor('evaluasi', q1, ev.employeeId, '2026-11-28')!;
    const { bytes, boxes, pages } = await renderJob(nodePdfmake(), job);
    const path = toTempFile(bytes);
    expect(qpdfCheck(path).ok).toBe(true);
    expect(pages).toBe(pdfPageCount(path));
    expect(boxes.map((b) => b.role)).toEqual(['pegawai', 'penilai']);
    const text = pdftotext(path).replace(/\s+/g, ' ');
    const m = buildEvaluasiModel(q1, ev.id)!;
    expect(text).toContain(formatNip(ev.pegawai.nip!));
    expect(text).toContain([...m.realisasi.values()][0]!.replace(/\s+/g, ' ').slice(0, 20));
    expect(text).toContain('diperlukan tanda tangan basah');
    // The tick labels print each bar's count, from Sangat Kurang to Sangat Baik.
    const order = ['sangat-kurang', 'kurang', 'butuh-perbaikan', 'baik', 'sangat-baik'] as const;
    expect(text).toMatch(new RegExp(order.map((p) => `${m.curve.counts[p] ?? 0} \\(\\d+%\\)`).join(' ')));
  });
});

describe('one PDF for printing', () => {
  it('merges documents in order, every page kept, structure clean', async () => {
    const ids = [...q1.latestByEmployee.keys()].slice(0, 3);
    const rendered = await Promise.all(ids.map((id) => renderJob(nodePdfmake(), jobFor('dokumen-evaluasi', q1, id, '2026-11-28')!)));
    const merged = toTempFile(await mergePdfs(rendered.map((r) => r.bytes)));
    expect(qpdfCheck(merged).ok).toBe(true);
    expect(pdfPageCount(merged)).toBe(rendered.reduce((n, r) => n + r.pages, 0));
    const text = pdftotext(merged);
    const names = ids.map((id) => q1.latestByEmployee.get(id)!.pegawai.name);
    expect(names.map((n) => text.indexOf(n))).toEqual([...names.map((n) => text.indexOf(n))].sort((a, b) => a - b));
  });
});

describe('file names', () => {
  const tw1 = { year: 2026, type: 'triwulan' as const, index: 1 };
  it('are predictable and ASCII', () => {
    expect(documentFileName('dokumen-evaluasi', { nip: '199512162025062001', name: 'Siti Nurhaliza' }, tw1)).toBe('2026-TW1-dokumen-evaluasi-199512162025062001-siti-nurhaliza.pdf');
    expect(documentFileName('evaluasi', { nip: '199512162025062001', name: "Ni Kadek Ayu Ṡri D'Souza" }, tw1)).toBe('2026-TW1-evaluasi-kinerja-199512162025062001-ni-kadek-ayu-sri-d-souza.pdf');
    expect(documentFileName('skp', { nip: '199512162025062001', name: 'Siti Nurhaliza' }, tw1)).toBe('2026-skp-199512162025062001-siti-nurhaliza.pdf');
    expect(documentFileName('dokumen-evaluasi', { name: 'H. Rudi / Santoso' }, tw1)).toBe('2026-TW1-dokumen-evaluasi-tanpa-nip-h-rudi-santoso.pdf');
    expect(periodCode({ type: 'bulanan', index: 3 })).toBe('B03');
    expect(periodCode({ type: 'semester', index: 2 })).toBe('SM2');
    expect(slugify('...')).toBe('tanpa-nama');
    expect(bulkFileName('dokumen-evaluasi', 'Dinas Kependudukan dan Pencatatan Sipil', tw1, { includeSubUnits: true, output: 'zip' })).toBe('2026-TW1-dokumen-evaluasi-dinas-kependudukan-dan-pencatatan-sipil.zip');
    expect(bulkFileName('skp', 'Bappeda', tw1, { includeSubUnits: false, output: 'pdf' })).toBe('2026-skp-bappeda-tanpa-sub-unit-cetak.pdf');
    expect(bulkFileName('dokumen-evaluasi', 'Bappeda', tw1, { includeSubUnits: true, output: 'folder' })).toBe('2026-TW1-dokumen-evaluasi-bappeda');
  });
});
