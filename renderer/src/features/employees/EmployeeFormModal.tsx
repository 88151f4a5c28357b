import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { type EmployeeInput, employeeToInput, GOLONGAN_PPPK, GOLONGAN_RUANG, JENIS_PEGAWAI, parseNip, pangkatName, STATUS_PEGAWAI } from '@shared/domain';
import type { Employee } from '@shared/schemas/entities';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { useHashRoute } from '../../ui/use-hash-route';
import { saveEmployee } from './employees.commands';
import type { Organisation } from './organisation.queries';
import { unitSelectOptions } from './unit-tree';

/** Add or change an employee. Every rule of domain.md §9 is checked at its field on save. */
export function EmployeeFormModal({ org, employee, onClose }: { org: Organisation; employee?: Employee; onClose: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const [, navigate] = useHashRoute();
  const form = useForm<EmployeeInput>({ mode: 'controlled', initialValues: employeeToInput(employee) });
  const v = form.getValues();
  const unitOptions = useMemo(() => unitSelectOptions(org.units), [org.units]);
  const positionOptions = useMemo(
    () => org.positions.filter((p) => p.unitId === v.unitId).map((p) => ({ value: p.id, label: `${p.name} (${t(`jabatan.${p.type}`)})` })),
    [org.positions, v.unitId, t],
  );

  /** A valid NIP already says birth date, sex and kind: fill what is still empty. */
  const fillFromNip = () => {
    const parsed = parseNip(form.getValues().nip);
    if (!parsed.ok) return;
    const cur = form.getValues();
    if (!cur.birthDate) form.setFieldValue('birthDate', parsed.value.birthDate);
    if (!cur.sex) form.setFieldValue('sex', parsed.value.sex);
    if (!employee && cur.kind !== parsed.value.kind) form.setFieldValue('kind', parsed.value.kind);
  };

  const submit = form.onSubmit(async (values) => {
    const result = await saveEmployee(db, values, employee?.id);
    if (!result.ok) return form.setErrors(result.errors);
    notifySuccess(t('employee.saved'));
    onClose();
    if (!employee) navigate('pegawai', result.id);
  });

  return (
    <Modal opened onClose={onClose} title={t(employee ? 'employee.edit' : 'employee.add')} size="xl">
      <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('employee.field.kind')} data={JENIS_PEGAWAI.map((k) => ({ value: k, label: t(`kind.${k}`) }))} allowDeselect={false} {...form.getInputProps('kind')} />
          <TextInput label={t('employee.field.nip')} description={t('employee.field.nip.help')} disabled={v.kind === 'kepala-daerah'} {...form.getInputProps('nip')} onBlur={fillFromNip} />
          <TextInput label={t('employee.field.gelarDepan')} {...form.getInputProps('gelarDepan')} />
          <TextInput label={t('employee.field.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('employee.field.gelarBelakang')} {...form.getInputProps('gelarBelakang')} />
          <TextInput type="date" label={t('employee.field.birthDate')} required {...form.getInputProps('birthDate')} />
          <Select label={t('employee.field.sex')} data={(['L', 'P'] as const).map((s) => ({ value: s, label: t(`sex.${s}`) }))} required {...form.getInputProps('sex')} />
          {v.kind === 'pns' && (
            <Select label={t('employee.field.golongan')} data={GOLONGAN_RUANG.map((g) => ({ value: g, label: `${g} — ${pangkatName(g)}` }))} searchable required {...form.getInputProps('golonganRuang')} />
          )}
          {v.kind === 'pppk' && (
            <Select label={t('employee.field.golonganPppk')} data={GOLONGAN_PPPK.map((g) => ({ value: g, label: `Golongan ${g}` }))} searchable required {...form.getInputProps('golonganPppk')} />
          )}
          <Select label={t('employee.field.unit')} data={unitOptions} searchable required {...form.getInputProps('unitId')} onChange={(u) => { form.setFieldValue('unitId', u ?? ''); form.setFieldValue('positionId', ''); }} />
          <Select label={t('employee.field.position')} data={positionOptions} searchable required nothingFoundMessage={t('employee.field.position.none')} {...form.getInputProps('positionId')} />
          <Select label={t('employee.field.status')} data={STATUS_PEGAWAI.map((s) => ({ value: s, label: t(`status.${s}`) }))} allowDeselect={false} {...form.getInputProps('status')} />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('common.save')}</Button>
        </Group>
        </Stack>
      </form>
    </Modal>
  );
}
