import { ActionIcon, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { type Resolution } from '@shared/domain';
import { type Employee, fullName } from '@shared/schemas/entities';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { hrefOf } from '../../ui/use-hash-route';
import { addAppraiserOverride, type OverrideInput, removeAppraiserOverride } from './appraisers.commands';
import { appraisersOf, type Organisation, todayIso } from './organisation.queries';

function Who({ label, r, org }: { label: string; r: Resolution; org: Organisation }) {
  const person = r.employeeId ? org.employeeById.get(r.employeeId) : undefined;
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      {person ? (
        <Text fw={600}>
          <a href={hrefOf('pegawai', person.id)}>{fullName(person)}</a>
        </Text>
      ) : (
        <Text fw={600} c={r.source === 'vacant' ? 'orange' : undefined}>
          -
        </Text>
      )}
      <Text size="sm" c="dimmed" data-testid={`reason-${label}`}>
        {r.reason}
      </Text>
    </div>
  );
}

type FormValues = { note: 'plt' | 'plh' | 'other'; penilaiId: string | null; atasanPenilaiId: string | null; from: string; to: string; reason: string };

function OverrideForm({ org, employee, onDone }: { org: Organisation; employee: Employee; onDone: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const form = useForm<FormValues>({ initialValues: { note: 'plt', penilaiId: null, atasanPenilaiId: null, from: todayIso(), to: '', reason: '' } });
  const people = useMemo(
    () => org.employees.filter((p) => p.status === 'aktif' && p.id !== employee.id).map((p) => ({ value: p.id, label: `${fullName(p)} — ${org.positionById.get(p.positionId)?.name ?? ''}` })),
    [org, employee.id],
  );
  const submit = form.onSubmit(async (v) => {
    const input: OverrideInput = {
      employeeId: employee.id,
      note: v.note,
      from: v.from,
      ...(v.penilaiId ? { penilaiId: v.penilaiId } : {}),
      ...(v.atasanPenilaiId ? { atasanPenilaiId: v.atasanPenilaiId } : {}),
      ...(v.to ? { to: v.to } : {}),
      ...(v.reason.trim() ? { reason: v.reason.trim() } : {}),
    };
    const result = await addAppraiserOverride(db, input);
    if (!result.ok) return form.setErrors(result.errors);
    notifySuccess(t('appraiser.override.saved'));
    onDone();
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
      <Select label={t('appraiser.override.note')} data={(['plt', 'plh', 'other'] as const).map((n) => ({ value: n, label: t(`appraiser.note.${n}`) }))} allowDeselect={false} {...form.getInputProps('note')} />
      <Select label={t('appraiser.penilai')} data={people} searchable clearable {...form.getInputProps('penilaiId')} />
      <Select label={t('appraiser.atasan')} data={people} searchable clearable {...form.getInputProps('atasanPenilaiId')} />
      <Group grow>
        <TextInput type="date" label={t('appraiser.override.from')} required {...form.getInputProps('from')} />
        <TextInput type="date" label={t('appraiser.override.to')} description={t('appraiser.override.to.help')} {...form.getInputProps('to')} />
      </Group>
      <TextInput label={t('appraiser.override.reason')} placeholder={t('appraiser.override.reason.placeholder')} {...form.getInputProps('reason')} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit">{t('appraiser.override.save')}</Button>
      </Group>
      </Stack>
    </form>
  );
}

/** Who appraises this employee today, why, and HR's Plt/Plh decisions (domain.md §9). */
export function AppraiserCard({ org, employee }: { org: Organisation; employee: Employee }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const [adding, setAdding] = useState(false);
  const today = todayIso();
  const { penilai, atasanPenilai } = appraisersOf(org, employee.id, today);
  const overrides = org.overrides.filter((o) => o.employeeId === employee.id).sort((a, b) => b.from.localeCompare(a.from));
  const nameOf = (id?: string) => (id ? fullName(org.employeeById.get(id) ?? { name: id }) : '-');
  return (
    <Card withBorder radius="md">
      <Title order={3} size="h5" mb="sm">
        {t('appraiser.title', { date: formatDate(today, locale) })}
      </Title>
      <Stack gap="md">
        <Who label={t('appraiser.penilai')} r={penilai} org={org} />
        <Who label={t('appraiser.atasan')} r={atasanPenilai} org={org} />
        {overrides.length > 0 && (
          <Table aria-label={t('appraiser.overrides')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('appraiser.override.note')}</Table.Th>
                <Table.Th>{t('appraiser.override.period')}</Table.Th>
                <Table.Th>{t('appraiser.penilai')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overrides.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{t(`appraiser.note.${o.note ?? 'other'}`)}</Table.Td>
                  <Table.Td>{`${formatDate(o.from, locale)} – ${o.to ? formatDate(o.to, locale) : t('appraiser.override.open')}`}</Table.Td>
                  <Table.Td>{nameOf(o.penilaiId)}</Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('appraiser.override.remove')} onClick={() => void removeAppraiserOverride(db, o.id)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {adding ? (
          <OverrideForm org={org} employee={employee} onDone={() => setAdding(false)} />
        ) : (
          employee.kind !== 'kepala-daerah' && (
            <Group>
              <Button variant="light" onClick={() => setAdding(true)}>
                {t('appraiser.override.add')}
              </Button>
            </Group>
          )
        )}
      </Stack>
    </Card>
  );
}
