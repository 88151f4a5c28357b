import Dexie from 'dexie';
import { generateDemoAgency } from '@shared/demo/generate';
import { generatePeriods, resolveAppraisers } from '@shared/domain';
import type { Employee } from '@shared/schemas/entities';
import type { Skp } from '@shared/schemas/skp';
import { AppDb } from '../../db/db';
import { ensureInitialised } from '../settings/settings.commands';

/** Years the demo agency does not use (it ships 2026), so each test makes all of its own SKPs. */
export const YEAR = 2029;
export const demo = generateDemoAgency();
const typeOf = (e: Employee) => demo.positions.find((p) => p.id === e.positionId)?.type;

/** A fresh database with the demo agency and an appraisal year with its periods. */
export async function freshDb(years: number[] = [YEAR - 1, YEAR]): Promise<AppDb> {
  const db = new AppDb(`peka-skp-${Math.random()}`);
  await ensureInitialised(db);
  for (const year of years) {
    await db.appraisalYears.put({ id: `year-${year}`, year, periodType: 'triwulan', skpDeadline: `${year}-01-31`, createdAt: new Date().toISOString() });
    await db.periods.bulkPut(generatePeriods(year, 'triwulan'));
  }
  return db;
}

export async function dropDb(db: AppDb): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/** An active Pelaksana whose penilai and atasan are both active people (a JA/JF SKP). */
export const pelaksana = demo.employees.find((e) => {
  if (typeOf(e) !== 'pelaksana' || e.status !== 'aktif') return false;
  const a = resolveAppraisers(e.id, demo, `${YEAR}-01-01`);
  return a.penilai.source === 'unit-head' && a.atasanPenilai.source === 'unit-head';
})!;
export const appraisersOfPelaksana = resolveAppraisers(pelaksana.id, demo, `${YEAR}-01-01`);
export const penilai = demo.employees.find((e) => e.id === appraisersOfPelaksana.penilai.employeeId)!;
export const jptPratama = demo.employees.find((e) => typeOf(e) === 'jpt-pratama' && e.status === 'aktif')!;
export const kepalaDaerah = demo.employees.find((e) => e.kind === 'kepala-daerah')!;
export const retired = demo.employees.find((e) => e.status === 'pensiun')!;

/** Fills an SKP so that it passes every submit check. */
export function complete(skp: Skp): Skp {
  const base = { id: 'i1', text: 'Jumlah berkas diproses', target: { kind: 'kuantitatif' as const, value: 1200, unit: 'berkas' } };
  const iki = skp.form === 'jpt' ? { ...base, perspektif: 'penerima-layanan' as const } : { ...base, aspek: 'kuantitas' as const };
  return {
    ...skp,
    rhk: [{ id: 'r1', kind: 'utama', text: 'Terlaksananya pelayanan administrasi', intervensi: { kind: 'text', text: 'Meningkatnya kualitas layanan' }, iki: [iki] }],
    lampiran: { dukunganSumberDaya: ['Komputer dan printer'], skemaPertanggungjawaban: ['Laporan bulanan'], konsekuensi: ['Sesuai ketentuan'] },
  };
}
