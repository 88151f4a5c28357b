import { describe, expect, it } from 'vitest';
import { checkSkpForSubmit } from '@shared/domain';
import { perilakuRows } from '@shared/domain/skp-plan';
import { createTranslator } from '@shared/i18n/translate';
import type { Skp } from '@shared/schemas/skp';
import { issueText } from './issue-text';

const who = { employeeId: 'p', name: 'P', pangkat: '-', jabatan: 'J', unit: 'U' };
const skp: Skp = {
  id: 's',
  employeeId: 'e',
  year: 2027,
  form: 'ja-jf',
  approach: 'kualitatif',
  status: 'draft',
  rhk: [
    { id: 't', kind: 'tambahan', text: 'Tambahan', iki: [{ id: 'x', text: 'Laporan', aspek: 'waktu', target: { kind: 'kualitatif', text: 'Tepat waktu' } }] },
    { id: 'u', kind: 'utama', text: 'Utama', intervensi: { kind: 'text', text: 'RHK atasan' }, iki: [{ id: 'y', text: 'Dokumen', aspek: 'kuantitas', target: { kind: 'kualitatif', text: '' } }] },
  ],
  perilaku: perilakuRows(),
  lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: ['a'], konsekuensi: ['b'] },
  pegawai: who,
  penilai: null,
  atasanPenilai: null,
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
};

describe('issue wording', () => {
  it('numbers RHK per group as the form shows them, in Indonesian and English', () => {
    const texts = (locale: 'id' | 'en') => checkSkpForSubmit(skp).map((i) => issueText(createTranslator(locale), i, skp));
    expect(texts('id')).toEqual([
      'IKI 1 pada RHK Utama 1 belum punya target. Isi uraian target.',
      'Lampiran Dukungan Sumber Daya masih kosong. Tuliskan minimal satu butir.',
      'Pejabat Penilai Kinerja belum ada. Isi kepala unit atau tetapkan Plt/Plh di data pegawai.',
    ]);
    expect(texts('en')[0]).toBe('IKI 1 of RHK Main 1 has no target. Describe the target.');
  });
  it('keeps the domain message for a code it does not know', () => {
    expect(issueText(createTranslator('id'), { path: 'rhk', code: 'skp/new-rule', message: 'Aturan baru.' }, skp)).toBe('Aturan baru.');
  });
});
