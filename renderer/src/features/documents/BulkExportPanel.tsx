import { Alert, Button, Checkbox, Group, Progress, Radio, Select, Stack, Text } from '@mantine/core';
import { IconFileZip, IconPlayerStop, IconPrinter } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { flattenUnitTree } from '../employees/unit-tree';
import { todayIso } from '../employees/organisation.queries';
import type { Translate } from '@shared/i18n/translate';
import type { BulkItem, BulkOutput, BulkProgress } from './bulk-export';
import { bulkFileName, documentFileName } from './document-files';
import { type DocumentKind, jobFor } from './document-kinds';
import { KindSelect } from './DocumentPickers';
import type { DocumentData } from './document-models';
import { type BulkSelection, bulkSelection, countSignedCopies, signedCopies } from './documents.queries';
import { type BulkFinish, type BulkOutcome, type BulkState, formatDuration, type ProgressStore, useBulkExport, useProgress } from './use-bulk-export';

function progressLabel(state: BulkState, p: BulkProgress | null, t: Translate): string {
  if (state.status === 'saving') return t(state.finish === 'print' ? 'docs.bulk.printing' : 'docs.bulk.saving');
  if (p?.phase === 'packing') return t('docs.bulk.packing');
  return t('docs.bulk.progress', { done: p?.done ?? 0, total: p?.total ?? '…' });
}

function ProgressView({ state, store, onCancel }: { state: BulkState; store: ProgressStore; onCancel: () => void }) {
  const { t } = useI18n();
  const progress = useProgress(store);
  if (state.status === 'idle') return null;
  const p = state.status === 'running' ? progress : null;
  const value = state.status === 'saving' ? 100 : p ? Math.round((p.done / Math.max(1, p.total)) * 100) : 0;
  const label = progressLabel(state, p, t);
  return (
    <Stack gap={6} data-testid="bulk-progress">
      <Progress value={value} aria-label={t('docs.bulk.progressLabel')} aria-valuetext={label} />
      <Group justify="space-between">
        <Text size="sm" role="status" aria-live="polite">
          {label}
          {p?.phase === 'rendering' && p.etaMs !== null && p.done < p.total ? ` · ${t('docs.bulk.eta', { time: formatDuration(p.etaMs, t) })}` : ''}
        </Text>
        <Button color="red" variant="light" leftSection={<IconPlayerStop size={16} />} onClick={onCancel} disabled={state.status === 'saving'}>
          {t('docs.bulk.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function SelectionSummary({ selection, example }: { selection: BulkSelection; example: string | null }) {
  const { t } = useI18n();
  const drafts = selection.skipped.filter((s) => s.reason === 'draft').length;
  return (
    <Alert color={selection.ready.length ? 'blue' : 'gray'} role="status" data-testid="bulk-summary">
      {selection.ready.length ? t('docs.bulk.ready', { count: selection.ready.length }) : t('docs.bulk.none')}
      {selection.skipped.length > 0 && ` ${t('docs.bulk.skipped', { count: selection.skipped.length, draft: drafts, missing: selection.skipped.length - drafts })}`}
      {example && (
        <Text size="xs" mt={4}>
          {t('docs.bulk.fileExample', { example })}
        </Text>
      )}
    </Alert>
  );
}

function OutcomeAlert({ outcome }: { outcome: BulkOutcome }) {
  const color = outcome.kind === 'done' ? 'teal' : outcome.kind === 'failed' ? 'red' : 'gray';
  return (
    <Alert color={color} role="status" data-testid="bulk-outcome">
      {outcome.message}
    </Alert>
  );
}

/** HR's bulk export: a unit (with or without sub-units), the period, the type, ZIP or one PDF. */
export function BulkExportPanel({ data }: { data: DocumentData }) {
  const db = useDb();
  const { t } = useI18n();
  const units = useLiveQuery(() => db.units.toArray(), [db], null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [includeSubUnits, setIncludeSubUnits] = useState(true);
  const [kind, setKind] = useState<DocumentKind>('dokumen-evaluasi');
  const [output, setOutput] = useState<BulkOutput>('zip');
  const [useSigned, setUseSigned] = useState(true);
  // Only the desktop app can create a folder; a web page exports a ZIP.
  const canFolder = useHost().kind === 'electron';
  const { state, progress, start, cancel } = useBulkExport(t);
  const unitOptions = useMemo(() => (units ? flattenUnitTree(units).map(({ unit, depth }) => ({ value: unit.id, label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name}` })) : []), [units]);
  const selection = useMemo(() => (units && unitId ? bulkSelection(data, units, { unitId, includeSubUnits, kind }) : null), [data, units, unitId, includeSubUnits, kind]);
  const unit = units?.find((u) => u.id === unitId);
  const documentIds = selection?.documentIds;
  const signedCount = useLiveQuery(() => countSignedCopies(db, documentIds ?? []), [db, documentIds], 0);
  const busy = state.status !== 'idle';
  const example = selection?.ready[0] ? documentFileName(kind, selection.ready[0], data.period) : null;

  const run = async (finish: BulkFinish) => {
    if (!selection || !unit) return;
    const today = todayIso();
    const items: BulkItem[] = [];
    for (const e of selection.ready) {
      const job = jobFor(kind, data, e.id, today);
      if (job) items.push({ fileName: documentFileName(kind, e, data.period), job });
    }
    // The archive keeps what was signed: a stored signed copy goes out byte for byte.
    const copies = useSigned ? await signedCopies(db, items.map((it) => it.job.meta.documentId)) : new Map<string, Blob>();
    for (const it of items) {
      const signed = copies.get(it.job.meta.documentId);
      if (signed) it.signed = signed;
    }
    void start(items, output, bulkFileName(kind, unit.name, data.period, { includeSubUnits, output }), finish);
  };

  return (
    <Stack maw={900}>
      <Text c="dimmed">{t('docs.bulk.intro')}</Text>
      <Group align="flex-end">
        <Select label={t('docs.bulk.unit')} placeholder={t('docs.bulk.unit.placeholder')} data={unitOptions} value={unitId} onChange={setUnitId} searchable w={420} disabled={busy} />
        <KindSelect value={kind} onChange={setKind} disabled={busy} />
      </Group>
      <Checkbox label={t('docs.bulk.subUnits')} checked={includeSubUnits} onChange={(e) => setIncludeSubUnits(e.currentTarget.checked)} disabled={busy} />
      <Radio.Group label={t('docs.bulk.output')} value={output} onChange={(v) => setOutput(v as BulkOutput)}>
        <Group mt={4}>
          <Radio value="zip" label={t('docs.bulk.output.zip')} disabled={busy} />
          <Radio value="pdf" label={t('docs.bulk.output.pdf')} disabled={busy} />
          {canFolder && <Radio value="folder" label={t('docs.bulk.output.folder')} disabled={busy} />}
        </Group>
      </Radio.Group>
      {signedCount > 0 && (
        <Checkbox
          label={t('docs.bulk.useSigned', { count: signedCount })}
          description={t('docs.bulk.useSigned.help')}
          checked={useSigned}
          onChange={(e) => setUseSigned(e.currentTarget.checked)}
          disabled={busy}
        />
      )}
      {selection && <SelectionSummary selection={selection} example={output === 'pdf' ? null : example} />}
      <Group>
        <Button leftSection={<IconFileZip size={16} />} disabled={!selection?.ready.length || busy} onClick={() => void run('save')}>
          {t('docs.bulk.start', { count: selection?.ready.length ?? 0 })}
        </Button>
        {output === 'pdf' && (
          <Button variant="light" leftSection={<IconPrinter size={16} aria-hidden />} disabled={!selection?.ready.length || busy} onClick={() => void run('print')}>
            {t('docs.bulk.print', { count: selection?.ready.length ?? 0 })}
          </Button>
        )}
        <Text size="xs" c="dimmed">
          {t(output === 'folder' ? 'docs.bulk.folderNote' : 'docs.bulk.saveNote')}
          {output === 'pdf' && ` ${t('docs.bulk.printNote')}`}
        </Text>
      </Group>
      <ProgressView state={state} store={progress} onCancel={cancel} />
      {state.status === 'idle' && state.outcome && <OutcomeAlert outcome={state.outcome} />}
    </Stack>
  );
}
