import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { JENIS_JABATAN, JENJANG_JF_KEAHLIAN, JENJANG_JF_KETERAMPILAN, KELOMPOK_PELAKSANA } from '@shared/domain';
import type { Position } from '@shared/schemas/entities';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { type PositionInput, savePosition } from './organisation.commands';
import type { Organisation } from './organisation.queries';
import { unitSelectOptions } from './unit-tree';

export function PositionFormModal({ org, position, onClose }: { org: Organisation; position?: Position; onClose: () => void }) {
  const db = useDb();
  const { t } = useI18n();
  const form = useForm<PositionInput>({ mode: 'controlled', initialValues: position ? { ...position } : { name: '', type: 'pelaksana', unitId: '', pelaksanaGroup: 'klerek' } });
  const v = form.getValues();
  const units = useMemo(() => unitSelectOptions(org.units), [org.units]);
  const levels = v.type === 'jf-keahlian' ? JENJANG_JF_KEAHLIAN : v.type === 'jf-keterampilan' ? JENJANG_JF_KETERAMPILAN : null;
  const submit = form.onSubmit(async (values) => {
    const result = await savePosition(db, values, position?.id);
    if (!result.ok) return form.setErrors(result.errors);
    notifySuccess(t('position.saved'));
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title={t(position ? 'position.edit' : 'position.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('position.field.name')} required {...form.getInputProps('name')} />
          <Select label={t('position.field.type')} data={JENIS_JABATAN.map((j) => ({ value: j, label: t(`jabatan.${j}`) }))} allowDeselect={false} {...form.getInputProps('type')} />
          {v.type === 'pelaksana' && (
            <Select label={t('position.field.group')} data={KELOMPOK_PELAKSANA.map((g) => ({ value: g, label: t(`pelaksana.${g}`) }))} required {...form.getInputProps('pelaksanaGroup')} />
          )}
          {levels && <Select label={t('position.field.level')} data={levels.map((l) => ({ value: l, label: t(`jenjang.${l}`) }))} required {...form.getInputProps('jfLevel')} />}
          <Select label={t('position.field.unit')} data={units} searchable required {...form.getInputProps('unitId')} />
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
