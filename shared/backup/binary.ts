import { z } from 'zod';

/**
 * A Blob as shared/ sees it (shared/ has no DOM, so no Blob): its bytes and media type. The renderer
 * turns each Blob it reads from the database into one of these before a backup is written, and back
 * into a Blob before a restore writes the record (renderer/src/features/backup/backup-db.ts).
 */
export class StoredBlob {
  constructor(
    readonly bytes: Uint8Array,
    readonly type: string,
  ) {}
}

/** The schema of a Blob field in a registry entry: `data: StoredBlobSchema`. */
export const StoredBlobSchema = z.instanceof(StoredBlob);
