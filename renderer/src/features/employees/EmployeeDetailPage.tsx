import { Anchor, Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { formatGolonganPegawai, formatNip } from '@shared/domain';
import { fullName } from '@shared/schemas/entities';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { AppraiserCard } from './AppraiserCard';
import { EmployeeFormModal } from './EmployeeFormModal';
import { useEmployeeHistory, useOrganisation } from './organisation.queries';

function HistoryCard({ employeeId }: { employeeId: string }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const history = useEmployeeHistory(db, employeeId);
  return (
    <Card withBorder radius="md">
      <Title order={3} size="h5" mb="sm">
        {t('employee.history')}
      </Title>
      {!history?.length ? (
        <Text size="sm" c="dimmed">
          {t('employee.history.empty')}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {history.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td w={170}>
                  <Text size="sm">{formatDate(h.at, locale)}</Text>
                  <Text size="xs" c="dimmed">
                    {new Date(h.at).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' })} · {h.actor}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{h.summary}</Text>
                  {h.changes && Object.keys(h.changes).length > 0 && (
                    <Text size="xs" c="dimmed">
                      {Object.keys(h.changes).join(', ')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

export function EmployeeDetailPage({ employeeId }: { employeeId: string }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const org = useOrganisation(db);
  const [editing, { open, close }] = useDisclosure(false);
  if (!org) return <Skeleton h={400} aria-label={t('app.loading')} />;
  const e = org.employeeById.get(employeeId);
  const back = (
    <Anchor href={hrefOf('pegawai')} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} /> {t('employee.back')}
      </Group>
    </Anchor>
  );
  if (!e) return <Stack>{back}<Text>{t('employee.notFound')}</Text></Stack>;
  const position = org.positionById.get(e.positionId);
  const unit = org.unitById.get(e.unitId);
  const rows: [string, string][] = [
    [t('employee.field.nip'), e.nip ? formatNip(e.nip) : '-'],
    [t('employee.field.kind'), t(`kind.${e.kind}`)],
    [t('employee.field.birthDate'), formatDate(e.birthDate, locale)],
    [t('employee.field.sex'), t(`sex.${e.sex}`)],
    [t('employee.field.golongan'), formatGolonganPegawai(e) || '-'],
    [t('employee.field.position'), position ? `${position.name} (${t(`jabatan.${position.type}`)})` : '-'],
    [t('employee.field.unit'), unit?.name ?? '-'],
    [t('employee.field.status'), t(`status.${e.status}`)],
  ];
  return (
    <Stack>
      {back}
      <Group justify="space-between" align="start">
        <div>
          <Title order={2}>{fullName(e)}</Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light">{t(`kind.${e.kind}`)}</Badge>
            <Badge variant="light" color={e.status === 'aktif' ? 'teal' : 'gray'}>
              {t(`status.${e.status}`)}
            </Badge>
          </Group>
        </div>
        <Button leftSection={<IconPencil size={16} />} onClick={open}>
          {t('employee.edit')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Card withBorder radius="md">
          <Title order={3} size="h5" mb="sm">
            {t('employee.identity')}
          </Title>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={170}>{label}</Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <AppraiserCard org={org} employee={e} />
      </SimpleGrid>
      <HistoryCard employeeId={e.id} />
      {editing && <EmployeeFormModal org={org} employee={e} onClose={close} />}
    </Stack>
  );
}
