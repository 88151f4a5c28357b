import { Table } from '@mantine/core';
import { PREDIKAT_LABEL, RATING_LABEL, type Rating, predikatKinerja } from '@shared/domain/predikat';
import { useI18n } from '../../../i18n/i18n-context';

const ROWS: Rating[] = ['di-atas', 'sesuai', 'di-bawah'];
const COLS: Rating[] = ['di-bawah', 'sesuai', 'di-atas'];

/** The §4 matrix, with the cell of this evaluation marked (aria-current) so the reason is visible. */
export function PredikatMatrix({ hasil, perilaku }: { hasil: Rating | null; perilaku: Rating | null }) {
  const { t } = useI18n();
  return (
    <Table withTableBorder withColumnBorders fz="sm" maw={720} captionSide="top" data-testid="predikat-matrix">
      <Table.Caption>{t('eval.predikat.matrix')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('eval.predikat.axes')}</Table.Th>
          {COLS.map((c) => (
            <Table.Th key={c} scope="col">{RATING_LABEL[c]}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ROWS.map((r) => (
          <Table.Tr key={r}>
            <Table.Th scope="row">{RATING_LABEL[r]}</Table.Th>
            {COLS.map((c) => {
              const here = r === hasil && c === perilaku;
              return (
                <Table.Td key={c} aria-current={here || undefined} fw={here ? 700 : undefined} bg={here ? 'var(--mantine-color-teal-light)' : undefined}>
                  {PREDIKAT_LABEL[predikatKinerja(r, c)]}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
