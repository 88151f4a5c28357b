import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { cascadeMatrix, type CascadeCell } from '@shared/domain';
import type { Skp } from '@shared/schemas/skp';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { StatusBadge } from './SkpHeader';

function Cell({ cell }: { cell: CascadeCell | undefined }) {
  if (!cell || cell.rhk.length === 0) return <Text c="dimmed">–</Text>;
  return (
    <Stack gap={4}>
      {cell.rhk.map((r) => (
        <Text key={r.id} size="sm">
          {r.text || '…'}
        </Text>
      ))}
    </Stack>
  );
}

function Header({ subordinates }: { subordinates: Skp[] }) {
  const { t } = useI18n();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={300}>{t('skpPlan.kaskade.rowHeader')}</Table.Th>
        {subordinates.map((s) => (
          <Table.Th key={s.id} scope="col">
            <Anchor href={hrefOf('skp', s.id)} size="sm" fw={600}>
              {s.pegawai.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {s.pegawai.jabatan}
            </Text>
            <StatusBadge status={s.status} />
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}

function Rows({ skp, subordinates }: { skp: Skp; subordinates: Skp[] }) {
  const { t } = useI18n();
  const matrix = cascadeMatrix(skp, subordinates);
  const numbers = skp.rhk.map((r, i) => skp.rhk.slice(0, i + 1).filter((x) => x.kind === r.kind).length);
  return (
    <Table.Tbody>
      {matrix.rows.map((row, i) => (
        <Table.Tr key={row.supervisorRhk.id}>
          <Table.Th scope="row" fw={500}>
            <Text size="xs" c="dimmed">
              {t('skpPlan.rhk.name', { kind: t(`skpPlan.rhk.kind.${row.supervisorRhk.kind}`), n: numbers[i] ?? i + 1 })}
            </Text>
            <Text size="sm">{row.supervisorRhk.text || '…'}</Text>
          </Table.Th>
          {subordinates.map((s, j) => (
            <Table.Td key={s.id}>
              <Cell cell={row.cells[j]} />
            </Table.Td>
          ))}
        </Table.Tr>
      ))}
      <Table.Tr bg="var(--mantine-color-yellow-0)">
        <Table.Th scope="row">{t('skpPlan.kaskade.unlinked')}</Table.Th>
        {subordinates.map((s, j) => (
          <Table.Td key={s.id}>
            <Cell cell={matrix.unlinked[j]} />
          </Table.Td>
        ))}
      </Table.Tr>
    </Table.Tbody>
  );
}

/**
 * Matriks kaskade: for each RHK of this SKP (rows), which RHK of each subordinate support it
 * (columns); the last row lists the subordinates' RHK linked to none of them.
 */
export function CascadeMatrix({ skp, subordinates }: { skp: Skp; subordinates: Skp[] }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="skp-section-kaskade-title" id="skp-section-kaskade">
      <Stack>
        <Title order={3} id="skp-section-kaskade-title">
          {t('skpPlan.section.kaskade')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('skpPlan.kaskade.help')}
        </Text>
        <Table.ScrollContainer minWidth={300 + subordinates.length * 220}>
          <Table withTableBorder withColumnBorders verticalSpacing="xs" data-testid="cascade-matrix">
            <caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('skpPlan.kaskade.caption', { name: skp.pegawai.name })}</caption>
            <Header subordinates={subordinates} />
            <Rows skp={skp} subordinates={subordinates} />
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
