import { DocumentSignActions, SigningArea } from '../signing';
import { useHashRoute } from '../../ui/use-hash-route';
import { DocumentsArea } from './DocumentsArea';
import { renderDocument } from './render-client';

/**
 * `#/dokumen` and `#/dokumen/massal`: the documents; `#/dokumen/tanda-tangan[/tab]`: certificates,
 * signing a file, verification. A rendered document gets the "Tandatangani" actions.
 */
export function DokumenRoute({ param, rest }: { param: string | null; rest: string[] }) {
  const [, navigate] = useHashRoute();
  if (param === 'tanda-tangan') return <SigningArea tab={rest[0] ?? null} onTabChange={(tab) => navigate('dokumen', 'tanda-tangan', tab)} />;
  return (
    <DocumentsArea
      param={param}
      rest={rest}
      actions={(view) => <DocumentSignActions view={view} kind={view.job.kind} renderForSigning={() => renderDocument(view.job, { forSigning: true })} />}
    />
  );
}
