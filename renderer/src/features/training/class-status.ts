import type { TrainingClass } from '@shared/schemas/training';

export type ClassStatus = 'direncanakan' | 'berlangsung' | 'berakhir' | 'ditutup';

/** Where a class stands on a day: planned, running, ended (not yet closed by the trainer), closed. */
export function classStatus(c: Pick<TrainingClass, 'start' | 'end' | 'closed'>, today: string): ClassStatus {
  if (c.closed) return 'ditutup';
  if (today < c.start) return 'direncanakan';
  return today <= c.end ? 'berlangsung' : 'berakhir';
}
