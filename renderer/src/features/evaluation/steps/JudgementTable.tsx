import { Badge, Table } from '@mantine/core';
import { RATING_LABEL, type Rating } from '@shared/domain/predikat';
import { useI18n } from '../../../i18n/i18n-context';

export type JudgementRow = { key: string; code?: string; name: string; kind?: string; judgement: Rating | null };

const COLOR: Record<Rating, string> = { 'di-atas': 'teal', sesuai: 'blue', 'di-bawah': 'red' };

/** A read-only summary of per-item judgements (RHK or core values) for the rating steps and review. */
export function JudgementTable({ rows, caption }: { rows: JudgementRow[]; caption: string }) {
  const { t } = useI18n();
  return (
    <Table withTableBorder fz="sm" verticalSpacing={4} captionSide="top">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            {r.code !== undefined && <Table.Td w={48}>{r.code}</Table.Td>}
            <Table.Td>{r.name}</Table.Td>
            {r.kind !== undefined && <Table.Td w={100}>{r.kind}</Table.Td>}
            <Table.Td w={200}>
              {r.judgement ? (
                <Badge variant="light" color={COLOR[r.judgement]}>{RATING_LABEL[r.judgement]}</Badge>
              ) : (
                <Badge variant="outline" color="gray">{t('eval.notJudged')}</Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
