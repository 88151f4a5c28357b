import type { Skp } from '@shared/schemas/skp';

/** What every part of the SKP editor gets: the SKP shown, whether it may change, and its errors. */
export type EditorProps = {
  skp: Skp;
  editable: boolean;
  update: (change: (d: Skp) => Skp) => void;
  /** The submit problem at a field (an SkpIssue path), if any. */
  errorAt: (path: string) => string | undefined;
};

export const newId = (): string => crypto.randomUUID();
