import { Badge, Card, Divider, Group, Stack, Text } from '@mantine/core';
import type { Evidence, Feedback, FeedbackPhrase, Realisasi } from '@shared/schemas/monitoring';
import type { Rhk } from '@shared/schemas/skp';
import { useI18n } from '../../i18n/i18n-context';
import { EvidenceSection } from './EvidenceSection';
import { FeedbackSection } from './FeedbackSection';
import { RealisasiFields } from './RealisasiFields';

type Props = {
  skpId: string;
  periodId: string;
  rhk: Rhk;
  number: number;
  record: Realisasi | undefined;
  evidence: Evidence[];
  feedback: Feedback[];
  phrases: FeedbackPhrase[];
  readOnly: boolean;
};

/** One RHK in one period: its IKI and targets, rencana aksi, realisation, bukti dukung and umpan balik. */
export function RhkMonitorCard({ skpId, periodId, rhk, number, record, evidence, feedback, phrases, readOnly }: Props) {
  const { t } = useI18n();
  const subject = t('monitor.rhkSubject', { n: number });
  const headingId = `rhk-${periodId}-${rhk.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="monitor-rhk-card">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge variant="light" color={rhk.kind === 'utama' ? 'teal' : 'grape'} style={{ flexShrink: 0 }}>
            {t(rhk.kind === 'utama' ? 'monitor.rhk.utama' : 'monitor.rhk.tambahan')}
          </Badge>
          <Text id={headingId} fw={600} role="heading" aria-level={4}>
            {subject}: {rhk.text}
          </Text>
        </Group>
        <RealisasiFields key={`${periodId}-${rhk.id}`} skpId={skpId} periodId={periodId} rhk={rhk} record={record} readOnly={readOnly} />
        <Divider />
        <EvidenceSection target={{ skpId, periodId, rhkId: rhk.id }} items={evidence} readOnly={readOnly} />
        <Divider />
        <Text size="sm" fw={600}>
          {t('monitor.feedback.titleRhk')}
        </Text>
        <FeedbackSection
          key={`fb-${periodId}-${rhk.id}`}
          skpId={skpId}
          periodId={periodId}
          target={{ kind: 'rhk', rhkId: rhk.id }}
          subject={subject}
          items={feedback}
          phrases={phrases.filter((p) => p.category === 'hasil-kerja')}
          readOnly={readOnly}
        />
      </Stack>
    </Card>
  );
}
