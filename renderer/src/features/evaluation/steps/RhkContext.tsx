import { Anchor, List, Stack, Table, Text } from '@mantine/core';
import type { Evidence, Feedback } from '@shared/schemas/monitoring';
import type { Iki, Rhk } from '@shared/schemas/skp';
import { useDb } from '../../../db/db-context';
import { useHost } from '../../../host/host-context';
import { formatDate, useI18n } from '../../../i18n/i18n-context';
import { notifyFailure } from '../../../ui/notify';
import { notifications } from '@mantine/notifications';
import type { EvaluationView } from '../evaluation.queries';

function target(iki: Iki): string {
  return iki.target.kind === 'kuantitatif' ? `${iki.target.value ?? '—'} ${iki.target.unit}`.trim() : iki.target.text || '—';
}

function EvidenceLink({ item }: { item: Evidence }) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  if (item.kind === 'link' && item.url) {
    return (
      <Anchor href={item.url} target="_blank" rel="noopener noreferrer" size="sm">
        {item.name}
      </Anchor>
    );
  }
  const save = async () => {
    const blob = await db.evidenceBlobs.get(item.id);
    if (!blob) return notifications.show({ color: 'red', message: t('eval.context.evidenceMissing') });
    const ext = /\.([a-z0-9]{1,10})$/i.exec(item.name)?.[1] ?? 'bin';
    const saved = await host.call('file:save', { suggestedName: item.name, filters: [{ name: item.name, extensions: [ext] }], data: new Uint8Array(await blob.data.arrayBuffer()) });
    if (!saved.ok) notifyFailure(t, saved.error.code);
  };
  return (
    <Anchor component="button" type="button" size="sm" onClick={() => void save()}>
      {item.name}
    </Anchor>
  );
}

export function FeedbackList({ items, view }: { items: Feedback[]; view: EvaluationView }) {
  const { t, locale } = useI18n();
  if (items.length === 0) return <Text size="sm" c="dimmed">{t('eval.context.noFeedback')}</Text>;
  return (
    <List size="sm" spacing={4}>
      {items.map((f) => (
        <List.Item key={f.id}>
          <Text span size="xs" c="dimmed">
            {view.periods.get(f.periodId)?.label ?? ''} · {formatDate(f.at, locale)}:{' '}
          </Text>
          {f.text}
        </List.Item>
      ))}
    </List>
  );
}

/** Beside each RHK: its IKI with targets, the period's realisation, evidence, and earlier feedback. */
export function RhkContext({ rhk, view }: { rhk: Rhk; view: EvaluationView }) {
  const { t } = useI18n();
  const realisasi = view.realisasi.find((r) => r.rhkId === rhk.id);
  const evidence = view.evidence.filter((e) => e.rhkId === rhk.id);
  const feedback = view.feedback.filter((f) => f.target.kind === 'rhk' && f.target.rhkId === rhk.id);
  return (
    <Stack gap="xs">
      <Table withTableBorder fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('eval.context.iki')}</Table.Th>
            <Table.Th>{t('eval.context.target')}</Table.Th>
            <Table.Th>{t('eval.context.realisasi', { period: view.period.label })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rhk.iki.map((iki) => (
            <Table.Tr key={iki.id}>
              <Table.Td>{iki.text}</Table.Td>
              <Table.Td>{target(iki)}</Table.Td>
              <Table.Td>{realisasi?.realisasi[iki.id] || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={600}>{t('eval.context.evidence')}</Text>
      {evidence.length === 0 ? (
        <Text size="sm" c="dimmed">{t('eval.context.noEvidence')}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {evidence.map((e) => (
            <List.Item key={e.id}>
              <EvidenceLink item={e} />
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" fw={600}>{t('eval.context.feedback')}</Text>
      <FeedbackList items={feedback} view={view} />
    </Stack>
  );
}
