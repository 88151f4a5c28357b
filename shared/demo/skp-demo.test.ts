import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BERAKHLAK, cascadeMatrix, checkSkpForSubmit, formatGolonganPegawai, resolveAppraisers, skpFormFor } from '../domain';
import { fullName } from '../schemas/entities';
import { DialogKinerjaSchema, EvidenceSchema, FeedbackPhraseSchema, FeedbackSchema, RealisasiSchema } from '../schemas/monitoring';
import { AppraisalYearSchema, PeriodSchema, SkpSchema, type Skp } from '../schemas/skp';
import { generateDemoAgency } from './generate';
import { generateDemoSkpYear, TREND_IKI } from './skp-demo';

const agency = generateDemoAgency();
const demo = generateDemoSkpYear(agency);
const byEmp = new Map(demo.skps.map((s) => [s.employeeId, s]));
const bySkpId = new Map(demo.skps.map((s) => [s.id, s]));
const posOf = (employeeId: string) => agency.positions.find((p) => p.id === agency.employees.find((e) => e.id === employeeId)?.positionId);
const approved = demo.skps.filter((s) => s.status === 'disetujui');
const tmp = mkdtempSync(join(tmpdir(), 'peka-skp-demo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function hasTool(name: string, flag: string): boolean {
  try {
    execFileSync(name, [flag], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('generateDemoSkpYear: determinism', () => {
  it('gives the same records for the same options, different ones for another seed', () => {
    expect(generateDemoSkpYear(generateDemoAgency())).toEqual(demo);
    expect(generateDemoSkpYear(agency, { seed: 7 })).toEqual(generateDemoSkpYear(agency, { seed: 7 }));
    expect(generateDemoSkpYear(agency, { seed: 7 }).realisasi).not.toEqual(demo.realisasi);
  });
});

describe('schema validity', () => {
  it('every record parses with its schema and ids are unique per collection', () => {
    AppraisalYearSchema.parse(demo.year);
    const collections = [
      [demo.periods, PeriodSchema],
      [demo.skps, SkpSchema],
      [demo.realisasi, RealisasiSchema],
      [demo.evidence, EvidenceSchema],
      [demo.feedback, FeedbackSchema],
      [demo.dialogs, DialogKinerjaSchema],
      [demo.phrases, FeedbackPhraseSchema],
    ] as const;
    for (const [records, schema] of collections) {
      for (const r of records) expect(schema.parse(r)).toEqual(r);
      expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    }
    const rhkIds = demo.skps.flatMap((s) => s.rhk.map((r) => r.id));
    const ikiIds = demo.skps.flatMap((s) => s.rhk.flatMap((r) => r.iki.map((i) => i.id)));
    expect(new Set(rhkIds).size).toBe(rhkIds.length);
    expect(new Set(ikiIds).size).toBe(ikiIds.length);
  });

  it('sets up 2026 in quarters: Q1-Q3 closed, TRIWULAN IV-AKHIR open, deadline 31 January', () => {
    expect(demo.year).toMatchObject({ year: 2026, periodType: 'triwulan', skpDeadline: '2026-01-31' });
    expect(demo.periods.map((p) => [p.label, p.status])).toEqual([
      ['TRIWULAN I', 'closed'],
      ['TRIWULAN II', 'closed'],
      ['TRIWULAN III', 'closed'],
      ['TRIWULAN IV-AKHIR', 'open'],
    ]);
  });
});

describe('SKP content', () => {
  const active = agency.employees.filter((e) => e.status === 'aktif' && e.kind !== 'kepala-daerah');

  it('one SKP per active ASN with the form of the position and snapshots of pegawai, penilai and atasan', () => {
    expect(demo.skps.map((s) => s.employeeId).sort()).toEqual(active.map((e) => e.id).sort());
    const name = (id: string | null) => (id ? fullName(agency.employees.find((e) => e.id === id)!) : null);
    for (const e of active) {
      const skp = byEmp.get(e.id)!;
      expect(skp.form).toBe(skpFormFor(posOf(e.id)!.type));
      expect(skp.pegawai).toMatchObject({ name: fullName(e), nip: e.nip, pangkat: formatGolonganPegawai(e), jabatan: posOf(e.id)!.name });
      expect(skp.pegawai.unit).toBe(agency.units.find((u) => u.id === e.unitId)!.name);
      const who = resolveAppraisers(e.id, agency, '2026-01-15');
      expect(skp.penilai?.name ?? null).toBe(name(who.penilai.employeeId));
      expect(skp.atasanPenilai?.name ?? null).toBe(name(who.atasanPenilai.employeeId));
    }
  });

  it('has 2-4 RHK of 1-3 IKI, perspektif on JPT IKI, aspek on JA/JF IKI, all 7 values and 1-3 lampiran items', () => {
    for (const s of demo.skps) {
      expect(s.rhk.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.rhk.length, s.id).toBeLessThanOrEqual(4);
      for (const iki of s.rhk.flatMap((r) => r.iki)) {
        if (s.form === 'jpt') expect(iki.perspektif, iki.id).toBeDefined();
        else expect(iki.aspek, iki.id).toBeDefined();
      }
      for (const r of s.rhk) expect([1, 2, 3]).toContain(r.iki.length);
      expect(s.perilaku.map((p) => p.value)).toEqual(BERAKHLAK.map((v) => v.key));
      for (const list of Object.values(s.lampiran)) expect([1, 2, 3]).toContain(list.length);
    }
    expect(demo.skps.some((s) => s.approach === 'kualitatif')).toBe(true);
    expect(demo.skps.filter((s) => s.approach === 'kualitatif').length).toBeLessThan(10);
    expect(demo.skps.some((s) => s.rhk.some((r) => r.kind === 'tambahan' && r.penugasanDari))).toBe(true);
    expect(demo.skps.some((s) => s.perilaku.some((p) => p.ekspektasi))).toBe(true);
    expect(JSON.stringify(demo)).not.toMatch(/\{(pd|unit|year|kepala|sekretaris)\}/);
  });

  it('every approved SKP passes the submit checks and was approved in January', () => {
    for (const s of approved) {
      expect(checkSkpForSubmit(s), s.id).toEqual([]);
      expect(s.approvedAt! <= '2026-01-31T23:59:59.999Z' && s.approvedAt! >= '2026-01-01', s.id).toBe(true);
    }
  });

  it('every JA/JF Utama RHK names the penilai RHK: a link into the penilai SKP when there is one, else text', () => {
    let links = 0;
    for (const s of demo.skps.filter((x) => x.form === 'ja-jf')) {
      const penilaiSkp = s.penilai ? byEmp.get(s.penilai.employeeId) : undefined;
      for (const r of s.rhk.filter((x) => x.kind === 'utama')) {
        const iv = r.intervensi!;
        expect(iv.kind, r.id).toBe(penilaiSkp ? 'link' : 'text');
        if (iv.kind === 'link') {
          links += 1;
          expect(iv.skpId).toBe(penilaiSkp!.id);
          expect(penilaiSkp!.rhk.find((x) => x.id === iv.rhkId)?.text, r.id).toBe(iv.text);
        }
      }
    }
    expect(links).toBeGreaterThan(200);
  });

  it('cascades the Kepala Dinas Dukcapil SKP into his subordinates (linked cells, no gaps)', () => {
    const kadis = demo.skps.find((s) => s.pegawai.jabatan === 'Kepala Dinas Kependudukan dan Pencatatan Sipil')!;
    const subordinates = demo.skps.filter((s) => s.penilai?.employeeId === kadis.employeeId);
    expect(subordinates.length).toBe(4);
    const { rows, unlinked } = cascadeMatrix(kadis, subordinates);
    expect(rows.filter((row) => row.cells.some((c) => c.rhk.length > 0)).length).toBeGreaterThanOrEqual(3);
    expect(unlinked.flatMap((c) => c.rhk).every((r) => subordinates.some((s) => s.rhk.find((x) => x.id === r.id)?.kind === 'tambahan'))).toBe(true);
  });
});

describe('workflow statuses', () => {
  const count = (status: Skp['status']) => demo.skps.filter((s) => s.status === status).length;

  it('has mostly approved SKPs and a handful submitted, returned (with a note) and draft', () => {
    expect(count('disetujui')).toBeGreaterThan(demo.skps.length * 0.85);
    for (const status of ['diajukan', 'dikembalikan', 'draft'] as const) expect(count(status), status).toBeGreaterThanOrEqual(2);
    for (const s of demo.skps.filter((x) => x.status === 'dikembalikan')) expect(s.returnNote).toMatch(/Mohon/);
    expect(demo.skps.filter((s) => s.status !== 'disetujui').every((s) => !s.approvedAt)).toBe(true);
  });

  it('leaves an SKP of a Kepala Seksi subordinate in Disdukcapil waiting for approval, and SKPs overdue', () => {
    const waiting = demo.skps.filter((s) => s.status === 'diajukan' && s.penilai?.jabatan.startsWith('Kepala Seksi') && posOf(s.employeeId)?.unitId.startsWith('unit-dukcapil'));
    expect(waiting.length).toBeGreaterThanOrEqual(1);
    // "Today" in the demo is 28 November: every SKP not approved by 31 January is overdue.
    expect(demo.year.skpDeadline < '2026-11-28').toBe(true);
    expect(demo.skps.filter((s) => s.status !== 'disetujui').length).toBeGreaterThanOrEqual(1);
  });
});

describe('monitoring', () => {
  const closedIds = new Set(demo.periods.filter((p) => p.index <= 3).map((p) => p.id));

  it('reports realisation only for Q1-Q3 and approved SKPs, per IKI of the RHK, with a few Q3 gaps', () => {
    for (const r of demo.realisasi) {
      expect(closedIds.has(r.periodId)).toBe(true);
      const skp = bySkpId.get(r.skpId)!;
      expect(skp.status).toBe('disetujui');
      expect(r.id).toBe(`${r.skpId}|${r.periodId}|${r.rhkId}`);
      expect(Object.keys(r.realisasi)).toEqual(skp.rhk.find((x) => x.id === r.rhkId)!.iki.map((i) => i.id));
      expect([1, 2, 3]).toContain(r.rencanaAksi.length);
    }
    const q3 = 'period-2026-triwulan-3';
    const incomplete = approved.filter((s) => demo.realisasi.filter((r) => r.skpId === s.id && r.periodId === q3).length < s.rhk.length);
    expect(incomplete.length).toBeGreaterThanOrEqual(2);
    expect(incomplete.length).toBeLessThanOrEqual(6);
  });

  it('charts the Disdukcapil processing days: numeric Q1-Q3 values for at least 3 employees, improving', () => {
    const series = new Map<string, number[]>();
    for (const s of approved) {
      const iki = s.rhk.flatMap((r) => r.iki).find((i) => i.text === TREND_IKI);
      if (!iki || s.form === 'jpt') continue;
      const values = [1, 2, 3].map((k) => demo.realisasi.find((r) => r.skpId === s.id && r.periodId === `period-2026-triwulan-${k}`)?.realisasi[iki.id]);
      if (values.every((v) => v !== undefined && /^\d+(,\d)? hari$/.test(v))) series.set(s.employeeId, values.map((v) => Number(v!.replace(' hari', '').replace(',', '.'))));
    }
    expect(series.size).toBeGreaterThanOrEqual(3);
    for (const [, [q1, q2, q3]] of series) expect(q1! > q2! && q2! > q3!).toBe(true);
  });

  it('keeps bukti dukung mostly as links on the agency domain and a few hashed PDF files', () => {
    const files = demo.evidence.filter((e) => e.kind === 'file');
    const links = demo.evidence.filter((e) => e.kind === 'link');
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(links.length).toBeGreaterThan(files.length * 10);
    for (const l of links) expect(new URL(l.url!).hostname.endsWith('.tangerangselatankota.go.id')).toBe(true);
    expect(demo.evidenceFiles.map((f) => f.id)).toEqual(files.map((f) => f.id));
    for (const e of demo.evidence) expect(demo.realisasi.some((r) => r.id === `${e.skpId}|${e.periodId}|${e.rhkId}`), e.id).toBe(true);
    for (const f of files) {
      const blob = demo.evidenceFiles.find((x) => x.id === f.id)!;
      expect(f.size).toBe(blob.bytes.length);
      expect(f.sha256).toBe(createHash('sha256').update(blob.bytes).digest('hex'));
      expect(blob.mime).toBe('application/pdf');
    }
  });

  it.skipIf(!hasTool('qpdf', '--version') || !hasTool('pdftotext', '-v'))('writes valid PDFs (qpdf --check) with readable text', () => {
    for (const blob of demo.evidenceFiles) {
      const path = join(tmp, `${blob.id}.pdf`);
      writeFileSync(path, blob.bytes);
      expect(execFileSync('qpdf', ['--check', path]).toString()).toMatch(/No syntax or stream encoding errors/);
      expect(execFileSync('pdftotext', [path, '-']).toString()).toContain('Rekap Waktu Penyelesaian Dokumen Kependudukan');
    }
  });

  it('gives feedback from the penilai per RHK and on some values, with negative notes on Kompeten or Kolaboratif', () => {
    for (const f of demo.feedback) {
      const skp = bySkpId.get(f.skpId)!;
      expect(skp.status).toBe('disetujui');
      expect(f.byEmployeeId).toBe(skp.penilai!.employeeId);
      expect(closedIds.has(f.periodId)).toBe(true);
      if (f.target.kind === 'rhk') expect(skp.rhk.some((r) => r.id === (f.target as { rhkId: string }).rhkId)).toBe(true);
    }
    const negative = demo.feedback.filter((f) => f.target.kind === 'perilaku' && ['kompeten', 'kolaboratif'].includes(f.target.value) && /belum|Perlu|perlu|enggan|Cenderung/.test(f.text));
    expect(new Set(negative.map((f) => f.skpId)).size).toBeGreaterThanOrEqual(3);
    expect(demo.feedback.filter((f) => f.target.kind === 'rhk').length).toBeGreaterThan(demo.realisasi.length * 0.9);
  });

  it('documents a few dialog kinerja and ships the phrase library', () => {
    expect(demo.dialogs.length).toBeGreaterThanOrEqual(3);
    for (const d of demo.dialogs) expect(bySkpId.has(d.skpId)).toBe(true);
    for (const category of ['hasil-kerja', 'perilaku'] as const) {
      for (const polarity of ['positif', 'perbaikan'] as const) {
        expect(demo.phrases.filter((p) => p.category === category && p.polarity === polarity).length).toBeGreaterThanOrEqual(10);
      }
    }
  });
});
