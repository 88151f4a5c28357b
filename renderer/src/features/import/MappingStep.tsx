import { Alert, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  cellText,
  type ColumnMapping,
  columnLetter,
  duplicateColumns,
  IMPORT_FIELDS,
  type ImportField,
  missingRequired,
  type PreparedTable,
  REQUIRED_FIELDS,
} from '@shared/import';
import { useI18n } from '../../i18n/i18n-context';

const NONE = 'none';

type Props = {
  fileName: string;
  table: PreparedTable;
  mapping: ColumnMapping;
  busy: boolean;
  onColumn: (field: ImportField, column: number | null) => void;
  onBack: () => void;
  onNext: () => void;
};

/** First non-empty value of a column, to show what the column holds. */
function example(table: PreparedTable, column: number | null): string {
  if (column === null) return '';
  for (const row of table.rows.slice(0, 20)) {
    const text = cellText(row.cells[column]);
    if (text) return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  }
  return '';
}

function MappingProblems({ mapping, table }: { mapping: ColumnMapping; table: PreparedTable }) {
  const { t } = useI18n();
  const missing = missingRequired(mapping);
  const doubled = duplicateColumns(mapping);
  if (missing.length === 0 && doubled.length === 0) return null;
  return (
    <Alert color="red" role="alert" data-testid="mapping-problems">
      <Stack gap={4}>
        {missing.length > 0 && <Text size="sm">{t('import.mapping.missing', { fields: missing.map((f) => t(`import.field.${f}`)).join(', ') })}</Text>}
        {doubled.map(({ column, fields }) => (
          <Text size="sm" key={column}>
            {t('import.mapping.duplicate', { column: `${columnLetter(column)} (${table.headers[column] ?? ''})`, fields: fields.map((f) => t(`import.field.${f}`)).join(', ') })}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

export function MappingStep({ fileName, table, mapping, busy, onColumn, onBack, onNext }: Props) {
  const { t } = useI18n();
  const options = [
    { value: NONE, label: t('import.mapping.none') },
    ...table.headers.map((header, i) => ({ value: String(i), label: `${columnLetter(i)} — ${header || '…'}` })),
  ];
  const blocked = missingRequired(mapping).length > 0 || duplicateColumns(mapping).length > 0;
  return (
    <Stack>
      <Text size="sm" fw={500}>
        {t('import.mapping.summary', { file: table.sheetName ? `${fileName} (${table.sheetName})` : fileName, rows: table.rows.length, header: table.headerRow + 1 })}
      </Text>
      <Text size="sm">{t('import.mapping.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {IMPORT_FIELDS.map((field) => {
          const value = mapping[field];
          const sample = example(table, value);
          return (
            <Select
              key={field}
              label={t(`import.field.${field}`)}
              withAsterisk={REQUIRED_FIELDS.includes(field)}
              data={options}
              value={value === null ? NONE : String(value)}
              onChange={(v) => onColumn(field, v === null || v === NONE ? null : Number(v))}
              allowDeselect={false}
              description={sample ? t('import.mapping.example', { value: sample }) : ' '}
              data-testid={`map-${field}`}
            />
          );
        })}
      </SimpleGrid>
      <MappingProblems mapping={mapping} table={table} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={busy}>
          {t('import.otherFile')}
        </Button>
        <Button onClick={onNext} disabled={blocked} loading={busy}>
          {t('import.mapping.next')}
        </Button>
      </Group>
    </Stack>
  );
}
