import { useState } from 'react';
import { isSealed } from '@shared/backup/envelope';
import type { Choice } from '@shared/backup/exchange';
import type { BackupProblem } from '@shared/backup/problems';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { type Picked, pickFile } from './backup-ui';
import { registerDesk } from './desks.commands';
import { applyExchange, type ExchangePreview, previewExchange } from './exchange-import.commands';
import { EXCHANGE_FILTER } from './ExchangeExportCard';

export type ImportState =
  | { step: 'idle' }
  | { step: 'password'; file: Picked; problems?: BackupProblem[] }
  | { step: 'problems'; problems: BackupProblem[] }
  | { step: 'preview'; file: Picked; password?: string | undefined; preview: ExchangePreview; choices: Record<string, Choice> };

/** open → (password) → complete check and preview → (register the desk) → choices → import. */
export function useImportFlow() {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);

  const load = async (file: Picked, password?: string) => {
    setBusy(true);
    try {
      const result = await previewExchange(db, file.data, { password });
      if (result.ok) setState({ step: 'preview', file, password, preview: result.value, choices: {} });
      else if (result.problems.some((p) => p.code === 'backup/wrong-password')) setState({ step: 'password', file, problems: result.problems });
      else setState({ step: 'problems', problems: result.problems });
    } finally {
      setBusy(false);
    }
  };

  const open = async () => {
    const file = await pickFile(host, EXCHANGE_FILTER);
    if (!file) return;
    if ('error' in file) return notifyFailure(t, file.error);
    if (isSealed(file.data)) setState({ step: 'password', file });
    else await load(file);
  };

  const register = async (label: string) => {
    if (state.step !== 'preview') return;
    await registerDesk(db, { deskId: state.preview.manifest.deskId, label });
    await load(state.file, state.password);
  };

  const importNow = async () => {
    if (state.step !== 'preview') return;
    setBusy(true);
    try {
      const result = await applyExchange(db, state.preview, state.choices);
      if (!result.ok) return setState({ step: 'problems', problems: result.problems });
      const { added, replaced } = result.value;
      notifySuccess(added + replaced === 0 ? t('backup.exchange.nothing') : t('backup.exchange.imported', { added, replaced }));
      setState({ step: 'idle' });
    } finally {
      setBusy(false);
    }
  };

  const choose = (id: string, choice: Choice) => setState((s) => (s.step === 'preview' ? { ...s, choices: { ...s.choices, [id]: choice } } : s));
  return { state, busy, open, load, register, importNow, choose, cancel: () => setState({ step: 'idle' }) };
}
