import { EvaluationListPage } from './EvaluationListPage';
import { EvaluationPage } from './EvaluationPage';

/** The evaluation area: `#/evaluasi` lists a supervisor's evaluations, `#/evaluasi/<id>` opens one. */
export function EvaluationArea({ param }: { param: string | null; rest?: string[] }) {
  return param ? <EvaluationPage key={param} evaluationId={param} /> : <EvaluationListPage />;
}
