import { Anchor, Badge, Group, Loader, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { PREDIKAT_LABEL } from '@shared/domain/predikat';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { type EvaluationRecRow, useRecommendationEvaluations } from './training.queries';

const PAGE = 25;
type Show = 'menunggu' | 'semua';

function Counts({ row }: { row: EvaluationRecRow }) {
  const { t } = useI18n();
  return (
    <Group gap={4}>
      {row.counts.usulan > 0 && <Badge color="yellow">{t('train.count.usulan', { n: row.counts.usulan })}</Badge>}
      {row.counts.diterima > 0 && <Badge color="teal" variant="light">{t('train.count.diterima', { n: row.counts.diterima })}</Badge>}
      {row.counts.ditolak > 0 && <Badge color="gray" variant="outline">{t('train.count.ditolak', { n: row.counts.ditolak })}</Badge>}
    </Group>
  );
}

function EvaluationTable({ rows }: { rows: EvaluationRecRow[] }) {
  const { t } = useI18n();
  return (
    <Table striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('train.col.employee')}</Table.Th>
          <Table.Th>{t('train.col.unit')}</Table.Th>
          <Table.Th>{t('train.col.period')}</Table.Th>
          <Table.Th>{t('train.col.predikat')}</Table.Th>
          <Table.Th>{t('train.col.recommendations')}</Table.Th>
          <Table.Th>{t('train.col.action')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.evaluation.id} data-testid="rec-evaluation-row">
            <Table.Td>
              <Anchor href={hrefOf('pelatihan', 'pegawai', r.evaluation.employeeId)} size="sm" fw={600}>{r.evaluation.pegawai.name}</Anchor>
              <Text size="xs" c="dimmed">{r.evaluation.pegawai.jabatan}</Text>
            </Table.Td>
            <Table.Td><Text size="sm">{r.unit?.name ?? '-'}</Text></Table.Td>
            <Table.Td><Text size="sm">{r.period?.label ?? '-'}</Text></Table.Td>
            <Table.Td><Text size="sm">{r.evaluation.predikat ? PREDIKAT_LABEL[r.evaluation.predikat] : '-'}</Text></Table.Td>
            <Table.Td><Counts row={r} /></Table.Td>
            <Table.Td>
              <Anchor href={hrefOf('pelatihan', 'evaluasi', r.evaluation.id)} size="sm" aria-label={t('train.rec.openFor', { name: r.evaluation.pegawai.name, period: r.period?.label ?? '' })}>
                {r.counts.usulan > 0 ? t('train.rec.decide') : t('train.rec.view')}
              </Anchor>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Tab "Rekomendasi": final evaluations with their proposed trainings, the undecided first. */
export function RecommendationsPage({ year }: { year: number }) {
  const { t } = useI18n();
  const data = useRecommendationEvaluations(year);
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<Show>('menunggu');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (data?.rows ?? []).filter((r) => (show === 'semua' || r.counts.usulan > 0) && (!unitId || r.unit?.id === unitId) && (!periodId || r.evaluation.periodId === periodId) && (!q || `${r.evaluation.pegawai.name} ${r.evaluation.pegawai.nip ?? ''}`.toLowerCase().includes(q)));
  }, [data, search, show, unitId, periodId]);
  if (!data) return <Loader aria-label={t('app.loading')} />;
  const units = [...new Map(data.rows.flatMap((r) => (r.unit ? [[r.unit.id, r.unit.name] as const] : []))).entries()].sort((a, b) => a[1].localeCompare(b[1], 'id'));
  const periods = [...new Map(data.rows.flatMap((r) => (r.period ? [[r.period.id, r.period.label] as const] : []))).entries()];
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE);
  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('train.rec.intro')}</Text>
      <Group align="flex-end">
        <TextInput label={t('train.search')} value={search} onChange={(e) => { setSearch(e.currentTarget.value); setPage(1); }} w={240} />
        <Select label={t('train.rec.show')} data={[{ value: 'menunggu', label: t('train.rec.showWaiting') }, { value: 'semua', label: t('train.rec.showAll') }]} value={show} onChange={(v) => { setShow((v as Show) ?? 'menunggu'); setPage(1); }} allowDeselect={false} w={220} />
        <Select label={t('train.filter.unit')} data={units.map(([value, label]) => ({ value, label }))} value={unitId} onChange={(v) => { setUnitId(v); setPage(1); }} clearable searchable placeholder={t('train.filter.all')} w={300} />
        <Select label={t('train.filter.period')} data={periods.map(([value, label]) => ({ value, label }))} value={periodId} onChange={(v) => { setPeriodId(v); setPage(1); }} clearable placeholder={t('train.filter.all')} w={200} />
      </Group>
      <Text size="sm" data-testid="rec-evaluation-count">{t('train.rec.count', { n: rows.length })}</Text>
      {rows.length > 0 && (
        <EvaluationTable rows={shown} />
      )}
      {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} getControlProps={(c) => ({ 'aria-label': c === 'next' ? t('train.page.next') : c === 'previous' ? t('train.page.prev') : c })} />}
    </Stack>
  );
}
