import { describe, expect, it } from 'vitest';
import { signatureBoxes } from '../../shared/documents/anchors';
import { skpDocument } from '../../shared/documents/skp-document';
import { sampleMeta, sampleSkp } from './fixtures';
import { pdfFonts, pdfPageCount, pdftotext, qpdfCheck, toTempFile, wordBoxes } from './pdf-tools';
import { renderPdf } from './render-node';

describe('SKP document (domain.md §7.1, §7.2)', () => {
  it('prints the official headings, identity, grouped hasil kerja, perilaku, lampiran and signatures', async () => {
    const { bytes, anchors } = await renderPdf(skpDocument(sampleSkp(), sampleMeta()));
    const path = toTempFile(bytes);
    expect(qpdfCheck(path).ok).toBe(true);
    const text = pdftotext(path);
    for (const s of [
      'SASARAN KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
      'PEMERINTAH KOTA TANGERANG SELATAN',
      'PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026',
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      '199512162025062001'.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4'),
      'A. UTAMA',
      'B. TAMBAHAN',
      '1.200 keping',
      'Penugasan dari:',
      'Berorientasi Pelayanan',
      'EKSPEKTASI KHUSUS PIMPINAN',
      'Tangerang Selatan, 20 Januari 2026',
      'LAMPIRAN SASARAN KINERJA PEGAWAI',
      'DUKUNGAN SUMBER DAYA',
      'SKEMA PERTANGGUNGJAWABAN',
      'KONSEKUENSI',
      'diperlukan tanda tangan basah',
    ]) {
      expect(text, s).toContain(s);
    }
    expect(text).toMatch(/Halaman 1 dari \d/);
    expect(pdfFonts(path)).toMatch(/Roboto.*yes\s+yes/);
    expect(anchors.map((a) => a.id).sort()).toEqual(['signature-pegawai', 'signature-penilai']);
  });

  it('JPT form prints perspektif instead of aspek, and F4 paper is honoured', async () => {
    const skp = sampleSkp({ form: 'jpt' });
    for (const r of skp.rhk) for (const k of r.iki) k.perspektif = 'penerima-layanan';
    const { bytes } = await renderPdf(skpDocument(skp, sampleMeta({ paper: 'F4' })));
    const path = toTempFile(bytes);
    const text = pdftotext(path);
    expect(text).toContain('BAGI PEJABAT PIMPINAN TINGGI');
    expect(text).toContain('PERSPEKTIF');
    expect(text).toContain('Perspektif Penerima');
    expect(text).not.toContain('RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI');
    expect(pdfPageCount(path)).toBeGreaterThanOrEqual(2);
  });

  it('a long SKP breaks across pages with the table header repeated', async () => {
    const skp = sampleSkp();
    const base = skp.rhk[0]!;
    skp.rhk = Array.from({ length: 14 }, (_, i) => ({ ...base, id: `r${i}`, text: `${base.text} (${i + 1})` }));
    const { bytes } = await renderPdf(skpDocument(skp, sampleMeta()));
    const text = pdftotext(toTempFile(bytes));
    const headers = text.split('RENCANA HASIL KERJA PIMPINAN').length - 1;
    expect(headers).toBeGreaterThanOrEqual(2);
  });
});

describe('signature boxes', () => {
  it('sit in the empty space between the role title and the signer name, over each column', async () => {
    const def = skpDocument(sampleSkp(), sampleMeta());
    const { bytes, anchors } = await renderPdf(def);
    const words = wordBoxes(toTempFile(bytes));
    for (const box of signatureBoxes(def, anchors)) {
      const name = box.role === 'pegawai' ? 'Nurhaliza,' : 'Fauzi,';
      const title = box.role === 'pegawai' ? 'Dinilai' : 'Kinerja';
      const onPage = words.filter((w) => w.page === box.page);
      const nameWord = onPage.find((w) => w.word === name)!;
      const titleWord = onPage.filter((w) => w.word === title).at(-1)!;
      const top = nameWord.pageHeight - (box.y + box.height);
      const bottom = nameWord.pageHeight - box.y;
      expect(top, `${box.role} box top below the title`).toBeGreaterThanOrEqual(titleWord.yMax - 1);
      expect(bottom, `${box.role} box bottom above the name`).toBeLessThanOrEqual(nameWord.yMin + 1);
      expect(nameWord.xMin).toBeGreaterThan(box.x - 1);
      expect(nameWord.xMax).toBeLessThan(box.x + box.width + 1);
    }
  });
});
