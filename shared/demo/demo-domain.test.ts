import { describe, expect, it } from 'vitest';
import { checkGolongan, crossCheckNip, parseNip, resolveAppraisers } from '../domain';
import { generateDemoAgency } from './generate';

// The demo agency must obey the same domain rules as real data (domain.md §9).
const demo = generateDemoAgency();

describe('demo agency against the domain rules', () => {
  it('every NIP / NI PPPK parses and agrees with the recorded birth date, sex and kind', () => {
    for (const e of demo.employees) {
      if (e.kind === 'kepala-daerah') {
        expect(e.nip).toBeUndefined();
        continue;
      }
      const parsed = parseNip(e.nip ?? '');
      expect(parsed.ok, `${e.id} ${e.nip}`).toBe(true);
      if (parsed.ok) expect(crossCheckNip(parsed.value, { birthDate: e.birthDate, sex: e.sex, kind: e.kind })).toEqual([]);
    }
  });

  it('every pangkat/golongan is valid for the employee kind', () => {
    for (const e of demo.employees) expect(checkGolongan(e), e.id).toEqual([]);
  });

  it('every active ASN has a Pejabat Penilai Kinerja, and the chain reaches the Walikota', () => {
    const walikota = demo.employees.find((e) => e.kind === 'kepala-daerah')!;
    for (const e of demo.employees.filter((x) => x.status === 'aktif' && x.kind !== 'kepala-daerah')) {
      let current = e.id;
      for (let hops = 0; current !== walikota.id; hops++) {
        expect(hops, `chain of ${e.id} too long`).toBeLessThan(8);
        const { penilai } = resolveAppraisers(current, demo, '2026-06-30');
        expect(penilai.employeeId, `${current}: ${penilai.reason}`).not.toBeNull();
        current = penilai.employeeId!;
      }
    }
  });
});
