import { z } from 'zod';
import { AppraiserOverrideSchema } from '../domain/appraiser';
import { IdSchema, IsoDateTimeSchema } from './entities';

/** A stored Plt/Plh or other HR decision on who appraises an employee (domain.md §9). */
export const AppraiserOverrideRecordSchema = z.intersection(
  AppraiserOverrideSchema,
  z.object({ id: IdSchema, createdAt: IsoDateTimeSchema, reason: z.string().max(500).optional() }),
);
export type AppraiserOverrideRecord = z.infer<typeof AppraiserOverrideRecordSchema>;
