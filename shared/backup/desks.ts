import { z } from 'zod';
import { IsoDateTimeSchema } from '../schemas/entities';

/**
 * HR's list of desks it accepts exchange packages from. Kept as a second record in the settings
 * table (key 'known-desks') so it is backed up and restored with everything else, without a schema
 * version of its own. A desk is identified by the random settings.deskId it was given.
 */
export const KNOWN_DESKS_ID = 'known-desks';

export const KnownDeskSchema = z.object({
  deskId: z.string().min(1).max(64),
  /** What HR calls it: "Bidang Mutasi — Budi Santoso". */
  label: z.string().trim().min(1).max(200),
  registeredAt: IsoDateTimeSchema,
});
export type KnownDesk = z.infer<typeof KnownDeskSchema>;

export const KnownDesksRecordSchema = z.object({
  id: z.literal(KNOWN_DESKS_ID),
  desks: z.array(KnownDeskSchema),
});
export type KnownDesksRecord = z.infer<typeof KnownDesksRecordSchema>;
