import type { Transaction } from 'dexie';
import { GENESIS_HASH, sealAuditEntry } from '@shared/domain/audit-chain';
import type { AuditEntry } from '@shared/schemas/entities';

/** v4 → v5: chain the entries written before the log was hash-chained, in id order. */
export async function upgradeV5SealAudit(tx: Transaction): Promise<void> {
  const table = tx.table<AuditEntry, number>('audit');
  const entries = await table.orderBy('id').toArray();
  let prev = GENESIS_HASH;
  const sealed = entries.map((e) => {
    const s = sealAuditEntry(e, prev);
    prev = s.hash;
    return s;
  });
  await table.bulkPut(sealed);
}
