import type { Transaction } from 'dexie';
import { employeeSearchKey } from '@shared/schemas/entities';

/** v1 → v2: every employee gets the lower-case search key the v2 index is built on. */
export async function upgradeV2SearchKey(tx: Transaction): Promise<void> {
  await tx
    .table('employees')
    .toCollection()
    .modify((e: { name: string; nip?: string; searchKey?: string }) => {
      e.searchKey = employeeSearchKey(e);
    });
}
