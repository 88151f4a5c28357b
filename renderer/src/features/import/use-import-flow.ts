import { useState } from 'react';
import {
  buildPreview,
  type ColumnMapping,
  type ImportField,
  type ImportPreview,
  MAX_IMPORT_BYTES,
  type PreparedTable,
  prepareTable,
} from '@shared/import';
import type { HostApi } from '@shared/host/host-api';
import { isMessageKey, type Translate } from '@shared/i18n/translate';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { commitImport, type CommitResult, loadExisting } from './import.commands';
import { IMPORT_EXTENSIONS, readImportFile } from './read-file';

export type ImportStep = 0 | 1 | 2 | 3;
type Busy = null | 'reading' | 'checking' | 'saving';
type Saved = Extract<CommitResult, { ok: true }>;

export interface ImportFlow {
  step: ImportStep;
  busy: Busy;
  problem: string | null;
  fileName: string;
  table: PreparedTable | null;
  mapping: ColumnMapping | null;
  preview: ImportPreview | null;
  saved: Saved | null;
  chooseFile: () => Promise<void>;
  setColumn: (field: ImportField, column: number | null) => void;
  showPreview: () => Promise<void>;
  save: () => Promise<void>;
  goTo: (step: ImportStep) => void;
}

/** Lets React paint the "busy" state before a long synchronous step (parsing, checking rows). */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const MB = 1024 * 1024;

type Problem = { code: string; params?: Record<string, string | number> };
type Picked = { fileName: string; data: Uint8Array } | { problem: Problem } | null;

/** Asks the host for a file; null when the user cancels. */
async function pickFile(host: HostApi): Promise<Picked> {
  const opened = await host.call('file:open', { filters: [{ name: 'Excel / CSV', extensions: [...IMPORT_EXTENSIONS] }], maxBytes: MAX_IMPORT_BYTES });
  if (!opened.ok) return { problem: { code: opened.error.code } };
  return opened.value.opened ? { fileName: opened.value.fileName, data: opened.value.data } : null;
}

/** File bytes → header and rows, or the file-level problem (wrong type, empty, too many rows). */
async function readTable(fileName: string, data: Uint8Array): Promise<{ table: PreparedTable } | { problem: Problem }> {
  const read = await readImportFile(fileName, data);
  if (!read.ok) return { problem: { code: read.problem.code, params: { file: fileName, ...read.problem.params } } };
  const prepared = prepareTable(read.table);
  if (!prepared.ok) return { problem: { code: prepared.problem.code, params: { file: fileName, ...prepared.problem.params } } };
  return { table: prepared.value };
}

function problemText(t: Translate, p: Problem): string {
  if (p.code === 'file/too-large') return t('import.file.tooLarge', { limit: MAX_IMPORT_BYTES / MB });
  const key = `error.${p.code}`;
  return isMessageKey(key) ? t(key, p.params) : t('error.host/internal');
}

/** A busy flag and the problem to show, around async steps that must not overlap. */
function useBusy() {
  const [busy, setBusy] = useState<Busy>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (what: Exclude<Busy, null>, work: () => Promise<void>) => {
    setProblem(null);
    setBusy(what);
    await nextFrame();
    try {
      await work();
    } finally {
      setBusy(null);
    }
  };
  return { busy, problem, setProblem, run };
}

/** The import wizard's state and actions: file → mapping → preview → commit. */
export function useImportFlow(): ImportFlow {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const { busy, problem, setProblem, run } = useBusy();
  const [step, setStep] = useState<ImportStep>(0);
  const [fileName, setFileName] = useState('');
  const [table, setTable] = useState<PreparedTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);

  const chooseFile = async () => {
    setProblem(null);
    const picked = await pickFile(host);
    if (!picked) return;
    if ('problem' in picked) return setProblem(problemText(t, picked.problem));
    setFileName(picked.fileName);
    await run('reading', async () => {
      const read = await readTable(picked.fileName, picked.data);
      if ('problem' in read) return setProblem(problemText(t, read.problem));
      setTable(read.table);
      setMapping(read.table.mapping);
      setPreview(null);
      setStep(1);
    });
  };

  const showPreview = () =>
    run('checking', async () => {
      if (!table || !mapping) return;
      const existing = await loadExisting(db);
      setPreview(buildPreview(table, mapping, existing, { fileName, now: new Date().toISOString(), newId: () => crypto.randomUUID() }));
      setStep(2);
    });

  const save = () =>
    run('saving', async () => {
      if (!preview?.plan) return;
      const result = await commitImport(db, preview.plan);
      if (!result.ok) {
        setProblem(problemText(t, { code: result.code }));
        setPreview({ ...preview, plan: null });
        return;
      }
      setSaved(result);
      setStep(3);
      if (result.created + result.updated > 0) notifySuccess(t('import.done.notify', { created: result.created, updated: result.updated }));
    });

  const setColumn = (field: ImportField, column: number | null) => setMapping((m) => (m ? { ...m, [field]: column } : m));
  const goTo = (target: ImportStep) => {
    setProblem(null);
    setStep(target);
  };

  return { step, busy, problem, fileName, table, mapping, preview, saved, chooseFile, setColumn, showPreview, save, goTo };
}
