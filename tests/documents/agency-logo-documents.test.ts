import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { logoDataUrl, type LogoMime } from '../../shared/domain/agency-logo';
import { type DocumentMeta, LOGO_HEIGHT, LOGO_IMAGE, LOGO_MAX_WIDTH } from '../../shared/documents/common';
import { dokumenEvaluasi } from '../../shared/documents/dokumen-evaluasi';
import { evaluasiDocument, type EvaluasiModel } from '../../shared/documents/evaluasi-document';
import type { DocDefinition, NodeObject } from '../../shared/documents/pdf-types';
import { skpDocument } from '../../shared/documents/skp-document';
import { type CourseListModel, courseTrainingList, employeeTrainingList, type EmployeeTrainingModel } from '../../shared/documents/training-list';
import { AppDb } from '../../renderer/src/db/db';
import { DOCUMENT_KIND_ORDER, jobFor } from '../../renderer/src/features/documents/document-kinds';
import { loadDocumentData } from '../../renderer/src/features/documents/documents.queries';
import { renderJob } from '../../renderer/src/features/documents/render-core';
import { ensureInitialised, setAgencyLogo } from '../../renderer/src/features/settings/settings.commands';
import { listMeta } from '../../renderer/src/features/training/training-export';
import { nodePdfmake } from '../../scripts/documents-node';
import { emblemJpeg, emblemPng, makePng } from '../fixtures/logo-images';
import { sampleEvaluation, sampleMeta, samplePeriod, sampleSkp } from './fixtures';
import { pageRaster, pdfImages, pdfPageCount, pdftotext, qpdfCheck, toTempFile, wordBoxes } from './pdf-tools';
import { renderPdf } from './render-node';

const PNG = emblemPng();
const withLogo = (data: Uint8Array = PNG, mime: LogoMime = 'image/png', width = 240, height = 288, over: Partial<DocumentMeta> = {}) =>
  sampleMeta({ logo: { dataUrl: logoDataUrl(mime, data), width, height }, ...over });

const skp = sampleSkp();
const evaluation = sampleEvaluation(skp);
const evaluasiModel: EvaluasiModel = { skp, evaluation, period: samplePeriod, realisasi: new Map(), feedbackRhk: new Map(), feedbackPerilaku: new Map(), curve: { capaian: 'baik', counts: { baik: 3 } } };
const person = skp.pegawai;
const employeeModel: EmployeeTrainingModel = { year: 2026, person, target: 20, recommendations: [], planned: [], completed: [] };
const courseModel: CourseListModel = { kind: 'rekomendasi', year: 2026, filters: '', sections: [{ course: 'Bimbingan Teknis SIAK Terpusat', summary: 'Bimbingan teknis, 24 JP', rows: [{ name: person.name, nip: person.nip!, unit: person.unit, reason: 'Predikat Butuh Perbaikan.', priority: 'Tinggi', date: '28 November 2026', status: 'Usulan' }] }] };

/** Every document builder of shared/documents, each with the header it must share. */
const BUILDERS: [string, (meta: DocumentMeta) => DocDefinition, number][] = [
  ['SKP (and its Lampiran page)', (m) => skpDocument(skp, m), 2],
  ['Evaluasi Kinerja Pegawai', (m) => evaluasiDocument(evaluasiModel, m), 1],
  ['Dokumen Evaluasi Kinerja Pegawai', (m) => dokumenEvaluasi({ evaluation, period: samplePeriod, rekomendasi: [] }, m), 1],
  ['training list of an employee', (m) => employeeTrainingList(employeeModel, m), 1],
  ['training list per course', (m) => courseTrainingList(courseModel, m), 1],
];

/** Every node with `key` in a definition's content (functions, such as table layouts, are skipped). */
function nodesWith(key: string, node: unknown, out: NodeObject[] = []): NodeObject[] {
  if (Array.isArray(node)) for (const n of node) nodesWith(key, n, out);
  else if (node && typeof node === 'object') {
    if (key in node) out.push(node as NodeObject);
    for (const v of Object.values(node)) if (typeof v !== 'function') nodesWith(key, v, out);
  }
  return out;
}

/** The letterhead rows: [logo, agency name, spacer]. */
function kopRows(def: DocDefinition): { widths: unknown[]; row: NodeObject[] }[] {
  return nodesWith('table', def.content)
    .map((n) => n['table'] as { widths: unknown[]; body: NodeObject[][] })
    .filter((t) => t.body[0]?.[0]?.['image'] !== undefined)
    .map((t) => ({ widths: t.widths, row: t.body[0]! }));
}

describe('the document header with and without the agency logo (every builder shares it)', () => {
  it.each(BUILDERS)('%s without a logo: no image, the centred title block first, as before', (_name, build) => {
    const def = build(sampleMeta());
    expect(nodesWith('image', def.content)).toEqual([]);
    expect(def.images).toBeUndefined();
    expect(def.content[0]).toMatchObject({ alignment: 'center', margin: [0, 0, 0, 8] });
    expect((def.content[0] as NodeObject)['stack']).toBeDefined();
  });

  it.each(BUILDERS)('%s with a logo: logo left at 1.8 cm, agency name centred between equal columns', (_name, build, headers) => {
    const meta = withLogo();
    const def = build(meta);
    const kops = kopRows(def);
    expect(kops).toHaveLength(headers);
    const width = Math.round(((LOGO_HEIGHT * 240) / 288) * 100) / 100;
    for (const { widths, row } of kops) {
      expect(row[0]).toEqual({ image: LOGO_IMAGE, fit: [width, LOGO_HEIGHT] });
      expect(row[1]).toMatchObject({ text: 'PEMERINTAH KOTA TANGERANG SELATAN', alignment: 'center', verticalAlignment: 'middle' });
      expect(widths).toEqual([width, '*', width]);
    }
    expect(LOGO_HEIGHT / (72 / 2.54)).toBeCloseTo(1.8, 2);
    expect(nodesWith('image', def.content)).toHaveLength(headers);
    expect(def.images).toEqual({ [LOGO_IMAGE]: meta.logo!.dataUrl });
    // The title lines still follow, centred, with the official agency row below them.
    expect(nodesWith('stack', def.content).some((n) => n['alignment'] === 'center')).toBe(true);
  });

  it('a very wide logo is fitted into the widest box instead of crowding the name', () => {
    const kop = kopRows(skpDocument(skp, withLogo(PNG, 'image/png', 600, 200)))[0];
    expect(kop?.row[0]?.['fit']).toEqual([LOGO_MAX_WIDTH, LOGO_HEIGHT]);
    expect(kop?.widths).toEqual([LOGO_MAX_WIDTH, '*', LOGO_MAX_WIDTH]);
  });
});

describe('rendered with a logo (poppler and qpdf judge the bytes)', () => {
  it('SKP with a PNG logo: the image and its alpha mask are in the PDF, the file is clean, the header text is there', async () => {
    const { bytes } = await renderPdf(skpDocument(skp, withLogo()));
    const path = toTempFile(bytes, 'skp-logo.pdf');
    expect(qpdfCheck(path)).toMatchObject({ ok: true });
    const images = pdfImages(path);
    // The form's first page and the Lampiran page (the last) both start with the letterhead,
    // drawing the same embedded image.
    const drawn = images.filter((i) => i.type === 'image' && i.width === 240 && i.height === 288);
    expect(drawn.map((i) => i.page)).toEqual([1, pdfPageCount(path)]);
    expect(new Set(drawn.map((i) => i.object)).size).toBe(1);
    expect(images.some((i) => i.type === 'smask' && i.width === 240)).toBe(true);
    const text = pdftotext(path);
    for (const s of ['PEMERINTAH KOTA TANGERANG SELATAN', 'SASARAN KINERJA PEGAWAI', 'PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026', 'LAMPIRAN SASARAN KINERJA PEGAWAI', 'Tangerang Selatan, 20 Januari 2026']) expect(text, s).toContain(s);
    // The letterhead's agency name is the first line of the page, centred on it.
    const words = wordBoxes(path).filter((w) => w.page === 1);
    const top = Math.min(...words.map((w) => w.yMin));
    const line = words.filter((w) => Math.abs(w.yMin - top) < 2);
    expect(line.map((w) => w.word).join(' ')).toBe('PEMERINTAH KOTA TANGERANG SELATAN');
    const centre = (Math.min(...line.map((w) => w.xMin)) + Math.max(...line.map((w) => w.xMax))) / 2;
    expect(centre).toBeCloseTo(841.89 / 2, 0);
  });

  it('the logo sits on the left margin at the top, 1.8 cm high (measured on the rendered page)', async () => {
    const solid = makePng(200, 240, () => [11, 110, 79, 255]);
    const { bytes } = await renderPdf(dokumenEvaluasi({ evaluation, period: samplePeriod, rekomendasi: [] }, withLogo(solid, 'image/png', 200, 240)));
    const page = pageRaster(toTempFile(bytes, 'dokumen-logo.pdf'));
    const green: [number, number][] = [];
    for (let y = 0; y < 95; y++) for (let x = 0; x < 120; x++) {
      const [r, g, b] = page.rgb(x, y);
      if (g > 80 && r < 60 && b < 120) green.push([x, y]);
    }
    const xs = green.map(([x]) => x);
    const ys = green.map(([, y]) => y);
    // 36 pt margins; a pixel of anti-aliasing at each edge (72 dpi: 1 px = 1 pt).
    expect(Math.abs(Math.min(...xs) - 36)).toBeLessThanOrEqual(1);
    expect(Math.abs(Math.min(...ys) - 36)).toBeLessThanOrEqual(1);
    const height = Math.max(...ys) - Math.min(...ys) + 1;
    const width = Math.max(...xs) - Math.min(...xs) + 1;
    expect(Math.abs(height - LOGO_HEIGHT)).toBeLessThanOrEqual(2);
    expect(Math.abs(width - (LOGO_HEIGHT * 200) / 240)).toBeLessThanOrEqual(2);
  });

  it('Dokumen Evaluasi with a JPEG logo: embedded as it is (DCT), clean, header text found', async () => {
    const { bytes } = await renderPdf(dokumenEvaluasi({ evaluation, period: samplePeriod, rekomendasi: [] }, withLogo(emblemJpeg(), 'image/jpeg', 120, 144)));
    const path = toTempFile(bytes, 'dokumen-jpeg.pdf');
    expect(qpdfCheck(path)).toMatchObject({ ok: true });
    expect(pdfImages(path)).toMatchObject([{ page: 1, type: 'image', width: 120, height: 144, color: 'rgb', enc: 'jpeg' }]);
    const text = pdftotext(path);
    for (const s of ['PEMERINTAH KOTA TANGERANG SELATAN', 'DOKUMEN EVALUASI KINERJA PEGAWAI', 'PEGAWAI YANG DINILAI']) expect(text, s).toContain(s);
  });
});

describe('the logo set in Settings reaches the app\'s own document paths (demo agency in IndexedDB)', { timeout: 60_000 }, () => {
  let db: AppDb;
  beforeAll(async () => {
    db = new AppDb(`peka-logo-docs-${Math.random()}`);
    await ensureInitialised(db, new Date('2026-11-28T02:00:00.000Z'));
    expect(await setAgencyLogo(db, { fileName: 'lambang.png', data: PNG })).toEqual({ ok: true, changed: true });
  });

  it('every document kind of the Dokumen area (the worker\'s render core) prints it', async () => {
    const data = (await loadDocumentData(db, 'period-2026-triwulan-1'))!;
    const ev = [...data.latestByEmployee.values()].find((e) => e.status === 'final')!;
    for (const kind of DOCUMENT_KIND_ORDER) {
      const job = jobFor(kind, data, ev.employeeId, '2026-11-28')!;
      expect(job.meta.logo, kind).toEqual({ dataUrl: logoDataUrl('image/png', PNG), width: 240, height: 288 });
      const rendered = await renderJob(nodePdfmake(), job);
      const path = toTempFile(rendered.bytes, `${kind}.pdf`);
      expect(qpdfCheck(path).ok, kind).toBe(true);
      expect(pdfImages(path).some((i) => i.page === 1 && i.type === 'image' && i.width === 240 && i.height === 288), kind).toBe(true);
      expect(rendered.boxes.length, `${kind}: signature places still found`).toBe(2);
    }
  });

  it('the training lists (listMeta) print it', async () => {
    const meta = await listMeta(db, 'PELATIHAN-2026-TEST', new Date('2026-11-28T02:00:00.000Z'));
    expect(meta.logo?.width).toBe(240);
    const { bytes } = await renderPdf(employeeTrainingList(employeeModel, meta));
    expect(pdfImages(toTempFile(bytes)).filter((i) => i.type === 'image')).toHaveLength(1);
  });

  it('removing it in Settings gives the text-only header again', async () => {
    expect(await setAgencyLogo(db, null)).toEqual({ ok: true, changed: true });
    const data = (await loadDocumentData(db, 'period-2026-triwulan-1'))!;
    const ev = [...data.latestByEmployee.values()].find((e) => e.status === 'final')!;
    expect(jobFor('skp', data, ev.employeeId, '2026-11-28')!.meta.logo).toBeUndefined();
  });
});
