import { type ComboboxItem, type OptionsFilter, Select } from '@mantine/core';
import { useMemo } from 'react';
import { formatNip } from '@shared/domain/nip';
import { fullName } from '@shared/schemas/entities';
import { useI18n } from '../../i18n/i18n-context';
import { DOCUMENT_KIND_ORDER, DOCUMENT_KINDS, type DocumentKind } from './document-kinds';
import type { DocumentData } from './document-models';
import { pickerPeople } from './documents.queries';

/** The document types of the registry, by their translated names. */
export function KindSelect({ value, onChange, disabled }: { value: DocumentKind; onChange: (kind: DocumentKind) => void; disabled?: boolean }) {
  const { t } = useI18n();
  return (
    <Select
      label={t('docs.kind.label')}
      data={DOCUMENT_KIND_ORDER.map((k) => ({ value: k, label: t(DOCUMENT_KINDS[k].label) }))}
      value={value}
      onChange={(v) => v && onChange(v as DocumentKind)}
      allowDeselect={false}
      disabled={disabled}
      w={340}
    />
  );
}

const compact = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** A name typed in part, or a NIP with or without the spaces of its printed groups. */
const searchNameOrNip: OptionsFilter = ({ options, search }) => {
  const q = compact(search);
  return (options as ComboboxItem[]).filter((o) => compact(o.label).includes(q));
};

/** Searchable by name or NIP (typed with or without the spaces of the printed groups). */
export function EmployeePicker({ data, value, onChange }: { data: DocumentData; value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useI18n();
  const people = useMemo(() => pickerPeople(data).map((e) => ({ value: e.id, label: e.nip ? `${fullName(e)} · ${formatNip(e.nip)}` : fullName(e) })), [data]);
  return (
    <Select
      label={t('docs.employee')}
      placeholder={t('docs.employee.placeholder')}
      nothingFoundMessage={t('docs.employee.none')}
      data={people}
      value={value}
      onChange={onChange}
      searchable
      clearable
      filter={searchNameOrNip}
      limit={50}
      w={460}
    />
  );
}
