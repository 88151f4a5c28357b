import { Alert, Badge, Button, Group, List, Pagination, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { formatNip } from '@shared/domain';
import type { ImportPreview, PreviewRow, RowClass } from '@shared/import';
import { useI18n } from '../../i18n/i18n-context';

const PAGE_SIZE = 50;
const CLASSES: readonly RowClass[] = ['error', 'new', 'update', 'unchanged'];
const COLOR: Record<RowClass, string> = { new: 'teal', update: 'blue', unchanged: 'gray', error: 'red' };

type Filter = RowClass | 'all';

function Detail({ row }: { row: PreviewRow }) {
  const { t } = useI18n();
  if (row.cls === 'error') {
    return (
      <List size="sm" spacing={2} c="red.8">
        {row.reasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
    );
  }
  if (row.cls === 'update') {
    return (
      <>
        {row.notes.map((note) => (
          <Text key={note} size="sm" c="orange.9">
            {note}
          </Text>
        ))}
        <List size="sm" spacing={2}>
          {row.changes.map((c) => (
            <List.Item key={c.field}>{`${c.field}: ${c.from} → ${c.to}`}</List.Item>
          ))}
        </List>
      </>
    );
  }
  return <Text size="sm">{t(row.cls === 'new' ? 'import.preview.newEmployee' : 'import.preview.same')}</Text>;
}

function RowsTable({ rows }: { rows: PreviewRow[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped verticalSpacing="xs" aria-label={t('import.preview.table')} data-testid="import-preview-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{t('import.col.row')}</Table.Th>
            <Table.Th w={200}>{t('import.col.nip')}</Table.Th>
            <Table.Th>{t('import.col.name')}</Table.Th>
            <Table.Th w={120}>{t('import.col.class')}</Table.Th>
            <Table.Th>{t('import.col.detail')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row} data-testid="import-row">
              <Table.Td>{row.row}</Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {/^\d{18}$/.test(row.nip) ? formatNip(row.nip) : row.nip || '-'}
              </Table.Td>
              <Table.Td>{row.name || '-'}</Table.Td>
              <Table.Td>
                <Badge color={COLOR[row.cls]} variant="light" styles={{ label: { overflow: 'visible' } }}>
                  {t(`import.class.${row.cls}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Detail row={row} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Summary({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  const { counts } = preview;
  const changes = counts.new + counts.update;
  return (
    <Stack gap="xs">
      <Group gap="xs" role="status" aria-live="polite">
        {CLASSES.map((cls) => (
          <Badge key={cls} color={COLOR[cls]} variant={cls === 'error' && counts.error > 0 ? 'filled' : 'light'} size="lg" data-testid={`import-count-${cls}`} styles={{ label: { overflow: 'visible' } }}>
            {t(`import.count.${cls}`, { count: counts[cls] })}
          </Badge>
        ))}
      </Group>
      {counts.error > 0 && (
        <Alert color="red" role="alert">
          {t('import.preview.errors', { count: counts.error })}
        </Alert>
      )}
      {counts.error === 0 && <Text size="sm">{t(changes > 0 ? 'import.preview.clean' : 'import.preview.nothing')}</Text>}
      {preview.newPositions.length > 0 && (
        <div>
          <Text size="sm" fw={500}>
            {t('import.preview.newPositions', { count: preview.newPositions.length })}
          </Text>
          <List size="sm">
            {preview.newPositions.map((p) => (
              <List.Item key={`${p.unitName}/${p.name}`}>{`${p.name} — ${p.unitName} (${t(`jabatan.${p.type}`)})`}</List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}

type Props = { preview: ImportPreview; busy: boolean; onBack: () => void; onOtherFile: () => void; onSave: () => void };

export function PreviewStep({ preview, busy, onBack, onOtherFile, onSave }: Props) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<Filter>(preview.counts.error > 0 ? 'error' : 'all');
  const [page, setPage] = useState(1);
  const shown = useMemo(() => (filter === 'all' ? preview.rows : preview.rows.filter((r) => r.cls === filter)), [preview, filter]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const filters = [
    { value: 'all', label: t('import.preview.all', { count: preview.rows.length }) },
    ...CLASSES.map((cls) => ({ value: cls, label: `${t(`import.class.${cls}`)} (${preview.counts[cls]})` })),
  ];
  const canSave = preview.plan !== null && preview.counts.new + preview.counts.update > 0;
  return (
    <Stack>
      <Summary preview={preview} />
      <SegmentedControl
        aria-label={t('import.preview.filter')}
        data={filters}
        value={filter}
        onChange={(v) => {
          setFilter(v as Filter);
          setPage(1);
        }}
      />
      {shown.length === 0 ? <Text size="sm">{t('import.preview.empty')}</Text> : <RowsTable rows={shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)} />}
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={page} onChange={setPage} aria-label={t('employees.page')} getControlProps={(c) => ({ 'aria-label': t(`employees.page.${c}`) })} />
        </Group>
      )}
      <Group justify="space-between">
        <Group>
          <Button variant="default" onClick={onBack} disabled={busy}>
            {t('import.back')}
          </Button>
          <Button variant="default" onClick={onOtherFile} disabled={busy}>
            {t('import.otherFile')}
          </Button>
        </Group>
        <Button onClick={onSave} disabled={!canSave} loading={busy}>
          {t('import.save')}
        </Button>
      </Group>
    </Stack>
  );
}
