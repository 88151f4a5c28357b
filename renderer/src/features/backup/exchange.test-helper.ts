import { sha256Hex } from '@shared/crypto/sha256';
import type { AppDb } from '../../db/db';
import { exportExchange } from './exchange.commands';
import { APP_VERSION, NOW } from './backup.test-helper';

/** The demo team whose package the tests pass around: Triwulan III, with evidence files. */
export const PERIOD = 'period-2026-triwulan-3';

export async function demoSupervisor(db: AppDb): Promise<string> {
  const evaluation = await db.evaluations.where('[employeeId+periodId]').equals(['emp-0028', PERIOD]).first();
  const id = evaluation?.penilai?.employeeId;
  if (!id) throw new Error('demo changed: emp-0028 has no evaluation in Triwulan III');
  return id;
}

export async function makePackage(db: AppDb, password?: string): Promise<Uint8Array> {
  const result = await exportExchange(db, { supervisorId: await demoSupervisor(db), periodId: PERIOD, appVersion: APP_VERSION, now: NOW, password });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.bytes;
}

/** A stored signed document for a team member, as the signing feature keeps it. */
export function signedDocumentRow(pdf: Uint8Array, employeeId: string) {
  return {
    id: `signed-${employeeId}`,
    documentId: `evaluasi-${PERIOD}-${employeeId}`,
    kind: 'evaluasi',
    employeeId,
    periodId: PERIOD,
    fileName: 'evaluasi.pdf',
    sha256: sha256Hex(pdf),
    size: pdf.length,
    signedBy: ['penilai' as const],
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    data: new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
  };
}
