import { verifyAuditChain } from '../domain/audit-chain';
import type { AuditEntry } from '../schemas/entities';
import { type RegistryEntry, registryEntry } from '../schemas/registry';
import { type Manifest, recordKey, type TableData } from './format';
import { type BackupProblem, MAX_PROBLEMS } from './problems';

export type Registry = (table: string) => RegistryEntry | undefined;

type Sink = { problems: BackupProblem[]; add(p: BackupProblem): void; full(): boolean };

function sink(): Sink {
  const problems: BackupProblem[] = [];
  return { problems, add: (p) => void (problems.length < MAX_PROBLEMS && problems.push(p)), full: () => problems.length >= MAX_PROBLEMS };
}

function checkTableNames(tables: TableData, known: readonly string[], registry: Registry, out: Sink): void {
  for (const table of Object.keys(tables)) {
    if (!known.includes(table)) out.add({ code: 'backup/unknown-table', params: { table } });
    else if (!registry(table)) out.add({ code: 'backup/no-schema', params: { table } });
  }
}

function checkRecords(table: string, records: readonly unknown[], keyPath: string, entry: RegistryEntry, out: Sink): void {
  const seen = new Set<string>();
  for (const record of records) {
    if (out.full()) return;
    const key = recordKey(record, keyPath);
    if (seen.has(key)) out.add({ code: 'backup/duplicate-key', params: { table, key } });
    seen.add(key);
    const parsed = entry.schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      out.add({ code: 'backup/invalid-record', params: { table, key, path: issue.path.join('.') || '(rekaman)', message: issue.message } });
    }
  }
}

/**
 * Checks every record of a file against the shared schemas (through the registry), keys for
 * duplicates, and the audit log's hash chain. Returns every
 * problem found (up to MAX_PROBLEMS) so the message can say exactly what is wrong.
 */
export type ValidateOptions = { registry?: Registry };

export function validateTables(manifest: Manifest, tables: TableData, knownTables: readonly string[], options: ValidateOptions = {}): BackupProblem[] {
  const registry = options.registry ?? registryEntry;
  const out = sink();
  checkTableNames(tables, knownTables, registry, out);
  if (out.problems.length > 0) return out.problems;
  for (const [table, records] of Object.entries(tables)) {
    checkRecords(table, records, manifest.keyPaths[table] ?? 'id', registry(table)!, out);
  }
  if (out.problems.length === 0 && tables['audit']) {
    const verdict = verifyAuditChain(tables['audit'] as AuditEntry[]);
    if (!verdict.ok) out.add({ code: 'backup/audit-broken', params: { reason: verdict.reason } });
  }
  return out.problems;
}

/**
 * The registry's extra checks (PDF signatures of signed documents) on an exchange package's
 * records. Not run on a backup: its entries' checksums already protect it, and a restore must not
 * be blocked by a document that was already damaged on the desk it came from.
 */
export async function verifyRecords(manifest: Manifest, tables: TableData, registry: Registry = registryEntry): Promise<BackupProblem[]> {
  const problems: BackupProblem[] = [];
  for (const [table, records] of Object.entries(tables)) {
    const verify = registry(table)?.verify;
    if (!verify) continue;
    for (const record of records) {
      const reason = await verify(record);
      if (reason && problems.length < MAX_PROBLEMS) problems.push({ code: 'backup/signature-invalid', params: { table, key: recordKey(record, manifest.keyPaths[table] ?? 'id'), reason } });
    }
  }
  return problems;
}
