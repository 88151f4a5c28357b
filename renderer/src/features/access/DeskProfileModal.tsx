import { Alert, Button, Group, Modal, PasswordInput, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ACCESS_ROLES, type AccessRole } from '@shared/domain/access';
import { fullName } from '@shared/schemas/entities';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { saveDeskProfile } from './access.commands';
import { useAccess } from './access-context';
import { fieldOf, PROBLEM_TEXT, ROLE_HELP, ROLE_LABEL } from './access-text';

type Values = { role: AccessRole; employeeId: string | null; name: string; current: string };

/** Active employees as Select options: "Name — Jabatan". */
function useEmployeeOptions() {
  const db = useDb();
  return useLiveQuery(async () => {
    const [employees, positions] = await Promise.all([db.employees.toArray(), db.positions.toArray()]);
    const jabatan = new Map(positions.map((p) => [p.id, p.name]));
    return employees
      .filter((e) => e.status === 'aktif')
      .sort((a, b) => a.name.localeCompare(b.name, 'id'))
      .map((e) => ({ value: e.id, label: `${fullName(e)} — ${jabatan.get(e.positionId) ?? ''}`, name: fullName(e) }));
  }, [db], null);
}

/** The form's state; the name follows the chosen employee; saving shows problems on their fields. */
function useProfileForm(onDone: () => void) {
  const db = useDb();
  const { t } = useI18n();
  const access = useAccess();
  const options = useEmployeeOptions();
  const [general, setGeneral] = useState<string | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { role: access.role, employeeId: access.employeeId, name: access.profile?.name ?? '', current: '' },
  });
  const pickEmployee = (id: string | null) => {
    const before = options?.find((o) => o.value === form.values.employeeId)?.name ?? '';
    form.setFieldValue('employeeId', id);
    // The name follows the employee unless someone typed their own.
    if (!form.values.name || form.values.name === before) form.setFieldValue('name', options?.find((o) => o.value === id)?.name ?? '');
  };
  const submit = form.onSubmit(async (values) => {
    setGeneral(null);
    const result = await saveDeskProfile(db, { role: values.role, employeeId: values.employeeId ?? undefined, name: values.name }, access.lock.enabled ? values.current : undefined);
    if (result.ok) {
      notifySuccess(t('access.profile.saved', { role: t(ROLE_LABEL[values.role]), name: values.name.trim() }));
      onDone();
      return;
    }
    const field = fieldOf(result.problem);
    if (field) form.setFieldError(field, t(PROBLEM_TEXT[result.problem]));
    else setGeneral(t(PROBLEM_TEXT[result.problem]));
  });
  return { form, options, general, pickEmployee, submit, locked: access.lock.enabled };
}

function ProfileForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const { form, options, general, pickEmployee, submit, locked } = useProfileForm(onDone);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Radio.Group label={t('access.profile.role')} {...form.getInputProps('role')}>
          <Stack gap="xs" mt="xs">
            {ACCESS_ROLES.map((role) => (
              <Radio key={role} value={role} label={t(ROLE_LABEL[role])} description={t(ROLE_HELP[role])} />
            ))}
          </Stack>
        </Radio.Group>
        <Select
          label={t('access.profile.employee')}
          description={t(form.values.role === 'penilai' ? 'access.profile.employee.penilai' : 'access.profile.employee.optional')}
          data={options ?? []}
          searchable
          clearable
          limit={50}
          required={form.values.role === 'penilai'}
          nothingFoundMessage={t('access.profile.employee.none')}
          {...form.getInputProps('employeeId')}
          onChange={pickEmployee}
        />
        <TextInput label={t('access.profile.name')} description={t('access.profile.name.help')} required {...form.getInputProps('name')} />
        {locked && <PasswordInput label={t('access.password.current')} description={t('access.profile.passwordHelp')} required autoComplete="current-password" {...form.getInputProps('current')} />}
        <Text size="xs" c="dimmed">
          {t(locked ? 'access.profile.honestLocked' : 'access.profile.honestOpen')}
        </Text>
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('access.cancel')}
          </Button>
          <Button type="submit">{t('access.profile.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Who works at this desk and in which role. */
export function DeskProfileModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('access.profile.title')} size="lg" centered>
      {opened && <ProfileForm onDone={onClose} />}
    </Modal>
  );
}
