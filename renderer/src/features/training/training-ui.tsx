import { Badge, Button, Group, List, Select, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import type { Priority } from '@shared/domain/training-forms';
import type { MergedReason } from '@shared/domain/training-trainer';
import type { RecommendationReason, RecommendationStatus } from '@shared/schemas/training';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { type ExportFormat, type ExportOutcome } from './training-export';
import { trainingProblemText } from './training-result';
import { notifications } from '@mantine/notifications';
import type { AppDb } from '../../db/db';
import type { HostApi } from '@shared/host/host-api';

const PRIORITY_COLOR: Record<Priority, string> = { tinggi: 'red', sedang: 'orange', rendah: 'gray' };
const STATUS_COLOR: Record<RecommendationStatus, string> = { usulan: 'yellow', diterima: 'teal', ditolak: 'gray' };

/** "Prioritas tinggi"; `short` ("Tinggi") for table cells whose column already says Prioritas. */
export function PriorityBadge({ priority, short = false }: { priority: Priority; short?: boolean }) {
  const { t } = useI18n();
  const full = t(`train.priority.${priority}`);
  return <Badge variant="light" color={PRIORITY_COLOR[priority]} style={{ flexShrink: 0, minWidth: 'max-content' }} title={full}>{short ? t(`train.priorityShort.${priority}`) : full}</Badge>;
}

export function StatusBadge({ status }: { status: RecommendationStatus }) {
  const { t } = useI18n();
  return <Badge color={STATUS_COLOR[status]} variant={status === 'ditolak' ? 'outline' : 'filled'} style={{ flexShrink: 0, minWidth: 'max-content' }}>{t(`train.status.${status}`)}</Badge>;
}

/** Why: each reason as written by the rule, and for a core value the supervisor's feedback text. */
export function ReasonList({ reasons, periodLabel }: { reasons: readonly (RecommendationReason | MergedReason)[]; periodLabel?: (periodId: string) => string }) {
  const { t } = useI18n();
  return (
    <List size="sm" spacing={2}>
      {reasons.map((r, i) => (
        <List.Item key={`${r.ruleId}-${i}`}>
          {periodLabel && 'periodId' in r ? <Text span size="xs" c="dimmed">{periodLabel(r.periodId)} · </Text> : null}
          {r.text}
          {r.source.kind === 'value' && r.source.feedback.trim() ? <Text size="xs" c="dimmed">{t('train.reason.feedback', { text: r.source.feedback.trim() })}</Text> : null}
        </List.Item>
      ))}
    </List>
  );
}

export function YearSelect({ years, value, onChange }: { years: number[]; value: number; onChange: (y: number) => void }) {
  const { t } = useI18n();
  return <Select label={t('train.year')} w={120} data={years.map(String)} value={String(value)} onChange={(v) => v && onChange(Number(v))} allowDeselect={false} />;
}

/** Tells the user where the file went, or why it did not. */
export function reportExport(t: ReturnType<typeof useI18n>['t'], r: ExportOutcome): void {
  if (r.ok) {
    if (r.saved) notifySuccess(t('train.export.saved', { file: r.fileName }));
    return;
  }
  notifications.show({ color: 'red', title: t('error.notifyTitle'), message: trainingProblemText(t, r), autoClose: 8000 });
}

/** "PDF" and "XLSX" buttons for one list; `run` builds and saves the file. */
export function ExportButtons({ label, run }: { label: string; run: (db: AppDb, host: HostApi, format: ExportFormat) => Promise<ExportOutcome> }) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const go = async (format: ExportFormat) => {
    setBusy(format);
    try {
      reportExport(t, await run(db, host, format));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs">
      <Button size="xs" variant="light" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} onClick={() => void go('pdf')} aria-label={t('train.export.pdfOf', { what: label })}>
        PDF
      </Button>
      <Button size="xs" variant="light" leftSection={<IconFileSpreadsheet size={16} />} loading={busy === 'xlsx'} onClick={() => void go('xlsx')} aria-label={t('train.export.xlsxOf', { what: label })}>
        XLSX
      </Button>
    </Group>
  );
}
