import { Alert, Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconExternalLink, IconFileTypePdf } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { formatBytes } from '@shared/domain/monitoring-evidence';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { PrintPdfButton } from '../../ui/PrintPdfButton';
import { todayIso } from '../employees/organisation.queries';
import { documentFileName } from './document-files';
import { type DocumentKind, jobFor, sourceOf } from './document-kinds';
import type { DocumentData } from './document-models';
import { EmployeePicker, KindSelect } from './DocumentPickers';
import { type RenderedView, useSingleDocument } from './use-single-document';

export type { RenderedView } from './use-single-document';

const PDF_FILTER = [{ name: 'PDF', extensions: ['pdf'] }];

function ResultCard({ view, actions }: { view: RenderedView; actions?: (doc: RenderedView) => ReactNode }) {
  const { t } = useI18n();
  const host = useHost();
  const save = useSavePdf();
  return (
    <Card withBorder data-testid="document-result">
      <Stack gap="xs">
        <Group gap="xs">
          <IconFileTypePdf size={20} aria-hidden />
          <Text fw={500}>{t('docs.result', { file: view.fileName, pages: view.rendered.pages, size: formatBytes(view.rendered.bytes.byteLength) })}</Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('docs.unsigned')}
        </Text>
        <Group>
          <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => void save(view)}>
            {t('docs.save')}
          </Button>
          <PrintPdfButton getPdf={() => ({ fileName: view.fileName, data: view.rendered.bytes })} />
          {host.kind === 'browser' && (
            <Anchor href={view.url} target="_blank" rel="noopener" data-testid="document-open">
              <Group gap={4}>
                <IconExternalLink size={16} aria-hidden />
                {t('docs.open')}
              </Group>
            </Anchor>
          )}
          {actions?.(view)}
        </Group>
        <Text size="xs" c="dimmed">
          {host.kind === 'browser' ? t('docs.print.browser') : t('docs.print.desktop')}
        </Text>
      </Stack>
    </Card>
  );
}

function SourceStatus({ data, kind, employeeId }: { data: DocumentData; kind: DocumentKind; employeeId: string | null }) {
  const { t } = useI18n();
  const source = employeeId ? sourceOf(kind, data, employeeId) : null;
  if (!source) return null;
  if (!source.ok) {
    return (
      <Alert color="gray" role="status">
        {source.reason === 'no-skp' ? t('docs.status.no-skp', { year: data.period.year }) : t('docs.status.no-evaluation', { period: `${data.period.label} ${data.period.year}` })}
      </Alert>
    );
  }
  return (
    <Alert color={source.draft ? 'orange' : 'teal'} role="status" data-testid="document-status">
      {source.draft ? t('docs.status.draft') : t('docs.status.final')}
      {kind === 'dokumen-evaluasi' && data.period.final ? ` ${t('docs.status.annual')}` : ''}
    </Alert>
  );
}

/** Saves rendered bytes through the host (a download in the browser, a save dialog on desktop). */
function useSavePdf() {
  const { t } = useI18n();
  const host = useHost();
  return async (view: RenderedView) => {
    const res = await host.call('file:save', { suggestedName: view.fileName, filters: PDF_FILTER, data: view.rendered.bytes });
    if (!res.ok) notifyFailure(t, res.error.code);
    else if (res.value.saved) notifySuccess(t('docs.saved', { file: res.value.fileName }));
  };
}

/** One person's document: pick the person and the type, then make, save, open or sign it. */
export function SingleDocumentPanel({ data, actions }: { data: DocumentData; actions?: (doc: RenderedView) => ReactNode }) {
  const { t } = useI18n();
  const save = useSavePdf();
  const [employeeId, setEmployeeId] = useState<string | null>(null);
  const [kind, setKind] = useState<DocumentKind>('dokumen-evaluasi');
  const { state, render } = useSingleDocument(`${employeeId}|${kind}|${data.period.id}`);
  const source = employeeId ? sourceOf(kind, data, employeeId) : null;
  const employee = employeeId ? data.employees.get(employeeId) : undefined;

  const make = async (thenSave: boolean) => {
    if (!employee) return;
    const job = jobFor(kind, data, employee.id, todayIso());
    if (!job) return;
    const view = await render(job, documentFileName(kind, employee, data.period));
    if (view && thenSave) await save(view);
  };

  return (
    <Stack maw={900}>
      <Group align="flex-end">
        <EmployeePicker data={data} value={employeeId} onChange={setEmployeeId} />
        <KindSelect value={kind} onChange={setKind} />
      </Group>
      <SourceStatus data={data} kind={kind} employeeId={employeeId} />
      <Group>
        <Button disabled={!source?.ok} loading={state.status === 'rendering'} onClick={() => void make(false)}>
          {t('docs.make')}
        </Button>
        <Button variant="light" disabled={!source?.ok || state.status === 'rendering'} leftSection={<IconDownload size={16} />} onClick={() => void make(true)}>
          {t('docs.download')}
        </Button>
      </Group>
      {state.status === 'rendering' && <Text role="status">{t('docs.rendering')}</Text>}
      {state.status === 'error' && (
        <Alert color="red" role="alert">
          {t('docs.error.render', { detail: state.message })}
        </Alert>
      )}
      {state.status === 'done' && <ResultCard view={state.view} actions={actions} />}
    </Stack>
  );
}
