import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { JENIS_UNIT, type UnitInput } from '@shared/domain';
import { fullName, type Unit } from '@shared/schemas/entities';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { saveUnit } from './organisation.commands';
import type { Organisation } from './organisation.queries';
import { unitSelectOptions } from './unit-tree';

export function UnitFormModal({ org, unit, onClose }: { org: Organisation; unit?: Unit; onClose: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const form = useForm<UnitInput>({
    initialValues: { name: unit?.name ?? '', shortName: unit?.shortName ?? '', kind: unit?.kind ?? 'seksi', parentId: unit?.parentId ?? null, headEmployeeId: unit?.headEmployeeId ?? null },
  });
  const parents = useMemo(() => unitSelectOptions(org.units).filter((o) => o.value !== unit?.id), [org.units, unit]);
  const heads = useMemo(
    () => org.employees.filter((e) => unit && e.unitId === unit.id && e.status === 'aktif').map((e) => ({ value: e.id, label: `${fullName(e)} — ${org.positionById.get(e.positionId)?.name ?? ''}` })),
    [org, unit],
  );
  const submit = form.onSubmit(async (values) => {
    const result = await saveUnit(db, values, unit?.id);
    if (!result.ok) return form.setErrors(result.errors);
    notifySuccess(t('unit.saved'));
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title={t(unit ? 'unit.edit' : 'unit.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('unit.field.name')} required {...form.getInputProps('name')} />
          <SimpleGrid cols={2}>
            <TextInput label={t('unit.field.shortName')} {...form.getInputProps('shortName')} />
            <Select label={t('unit.field.kind')} data={JENIS_UNIT.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))} allowDeselect={false} {...form.getInputProps('kind')} />
          </SimpleGrid>
          <Select label={t('unit.field.parent')} data={parents} searchable clearable {...form.getInputProps('parentId')} />
          <Select
            label={t('unit.field.head')}
            description={unit ? t('unit.field.head.help') : t('unit.field.head.new')}
            data={heads}
            disabled={!unit}
            searchable
            clearable
            {...form.getInputProps('headEmployeeId')}
          />
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
