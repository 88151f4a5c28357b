import {
  BACKUP_FORMAT,
  BackupManifestSchema,
  EXCHANGE_FORMAT,
  ExchangeManifestSchema,
  FORMAT_VERSION,
  type Manifest,
  ManifestHeaderSchema,
} from './format';
import { fail } from './problems';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fail('backup/corrupted', { entry: 'manifest.json' });
  }
}

/**
 * Newer data, older app: the version fields are read alone and a newer file is refused before any
 * other field of it is interpreted, so it is never half-read (issue: "never half-read").
 */
export function parseManifest(text: string, supportedSchema: number): Manifest {
  const raw = parseJson(text);
  const header = ManifestHeaderSchema.safeParse(raw);
  if (!header.success) return fail('backup/not-a-backup');
  const { format, formatVersion, schemaVersion } = header.data;
  if (format !== BACKUP_FORMAT && format !== EXCHANGE_FORMAT) return fail('backup/not-a-backup');
  if (formatVersion > FORMAT_VERSION) fail('backup/newer-format', { found: formatVersion, supported: FORMAT_VERSION });
  if (schemaVersion > supportedSchema) fail('backup/newer-version', { found: schemaVersion, supported: supportedSchema });
  const schema = format === BACKUP_FORMAT ? BackupManifestSchema : ExchangeManifestSchema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('backup/corrupted', { entry: `manifest.json ${issue?.path.join('.') ?? ''}`.trim() });
  }
  return parsed.data;
}
