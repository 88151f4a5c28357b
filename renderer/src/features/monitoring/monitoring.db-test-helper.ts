/** Unit-test setup on a fake IndexedDB: the demo agency's Seksi Identitas Penduduk and an approved SKP. */
import type { Employee } from '@shared/schemas/entities';
import type { Skp } from '@shared/schemas/skp';
import type { AppDb } from '../../db/db';
import { makeSkp } from './monitoring.test-helper';

export async function identitasSeksi(db: AppDb): Promise<{ head: Employee; staff: Employee[] }> {
  const unit = (await db.units.toArray()).find((u) => u.name === 'Seksi Identitas Penduduk')!;
  const head = (await db.employees.get(unit.headEmployeeId!))!;
  const staff = (await db.employees.where('unitId').equals(unit.id).toArray()).filter((e) => e.id !== head.id && e.status === 'aktif').sort((a, b) => a.name.localeCompare(b.name));
  return { head, staff };
}

/** Writes an approved 2027 SKP for the first staff member of the seksi, appraised by its head. */
export async function seedSkp(db: AppDb, over: Partial<Skp> = {}, which = 0): Promise<Skp> {
  const { head, staff } = await identitasSeksi(db);
  const skp = makeSkp(staff[which]!, head, over);
  await db.skps.put(skp);
  return skp;
}
