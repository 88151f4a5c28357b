import type { Evaluation } from '@shared/schemas/evaluation';
import type { Skp } from '@shared/schemas/skp';
import type { EvaluationView } from '../evaluation.queries';
import type { Update } from '../use-evaluation-draft';

export type StepProps = { view: EvaluationView; draft: Evaluation; update: Update; readOnly: boolean };

/** "A.1", "A.2", "B.1": RHK numbered as on the SKP document (A. UTAMA, B. TAMBAHAN). */
export function rhkCodes(skp: Skp): Map<string, string> {
  const counts = { utama: 0, tambahan: 0 };
  return new Map(skp.rhk.map((r) => [r.id, `${r.kind === 'utama' ? 'A' : 'B'}.${(counts[r.kind] += 1)}`]));
}
