import { Alert, Badge, Button, Group, List, Loader, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPlus, IconUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { BERAKHLAK } from '@shared/domain/berakhlak';
import type { CatalogueProblem } from '@shared/domain/training-catalogue';
import { DEFAULT_CATALOGUE } from '@shared/domain/training-catalogue';
import { BENTUK_INFO, BENTUK_LABEL, type Bentuk, modeOf } from '@shared/domain/training-forms';
import type { Course } from '@shared/schemas/training';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { loadDefaultCatalogue } from './catalogue.commands';
import { exportCatalogueFile, importCatalogueFile } from './catalogue-file';
import { CourseFormModal } from './CourseFormModal';
import { useCatalogue } from './training.queries';
import { trainingProblemText } from './training-result';
import { reportExport } from './training-ui';

const VALUE_NAME = new Map(BERAKHLAK.map((v) => [v.key, v.name]));

function CatalogueTable({ courses, onEdit }: { courses: Course[]; onEdit: (c: Course) => void }) {
  const { t } = useI18n();
  return (
    <Table striped highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('train.col.course')}</Table.Th>
          <Table.Th>{t('train.col.bentuk')}</Table.Th>
          <Table.Th>{t('train.col.mode')}</Table.Th>
          <Table.Th>JP</Table.Th>
          <Table.Th>{t('train.catalogue.values')}</Table.Th>
          <Table.Th>{t('train.col.status')}</Table.Th>
          <Table.Th>{t('train.col.action')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {courses.map((c) => (
          <Table.Tr key={c.id} data-testid="course-row">
            <Table.Td><Text size="sm" fw={600}>{c.name}</Text><Text size="xs" c="dimmed">{c.provider}</Text></Table.Td>
            <Table.Td><Text size="sm">{BENTUK_LABEL[c.bentuk]}</Text></Table.Td>
            <Table.Td><Text size="sm">{t(`train.mode.${modeOf(c.bentuk)}`)}</Text></Table.Td>
            <Table.Td>{c.jp}</Table.Td>
            <Table.Td><Text size="xs">{c.values.map((v) => VALUE_NAME.get(v)).join(', ') || '—'}</Text></Table.Td>
            <Table.Td>{c.active ? <Badge variant="light" color="teal">{t('train.catalogue.active')}</Badge> : <Badge variant="outline" color="gray">{t('train.catalogue.inactive')}</Badge>}</Table.Td>
            <Table.Td><Button size="xs" variant="subtle" onClick={() => onEdit(c)} aria-label={t('train.catalogue.editOf', { name: c.name })}>{t('train.edit')}</Button></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ProblemsModal({ fileName, problems, onClose }: { fileName: string; problems: CatalogueProblem[]; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened onClose={onClose} title={t('train.catalogue.problemsTitle', { file: fileName })} size="lg">
      <Text size="sm" mb="sm">{t('train.catalogue.problemsBody', { n: problems.length })}</Text>
      <List size="sm" spacing={4}>
        {problems.slice(0, 100).map((p, i) => <List.Item key={i}>{t('train.catalogue.problemRow', { row: p.row })}: {p.message}</List.Item>)}
      </List>
    </Modal>
  );
}

/** Tab "Katalog": HR edits the training offers and exchanges them as XLSX. */
export function CataloguePage() {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const catalogue = useCatalogue();
  const [search, setSearch] = useState('');
  const [bentuk, setBentuk] = useState<Bentuk | null>(null);
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  const [problems, setProblems] = useState<{ fileName: string; problems: CatalogueProblem[] } | null>(null);
  const shown = useMemo(() => {
    const q = search.trim().toLowerCase();
    return (catalogue ?? []).filter((c) => (!bentuk || c.bentuk === bentuk) && (!q || `${c.name} ${c.provider} ${c.competencies.join(' ')} ${c.tags.join(' ')}`.toLowerCase().includes(q)));
  }, [catalogue, search, bentuk]);
  if (!catalogue) return <Loader aria-label={t('app.loading')} />;
  const missing = DEFAULT_CATALOGUE.filter((d) => !catalogue.some((c) => c.id === d.id)).length;
  const runImport = async () => {
    const r = await importCatalogueFile(db, host);
    if (r.kind === 'imported') notifySuccess(t('train.catalogue.imported', { file: r.fileName, created: r.created, updated: r.updated }));
    if (r.kind === 'problems') setProblems(r);
    if (r.kind === 'failed') notifications.show({ color: 'red', message: trainingProblemText(t, r.problem), autoClose: 8000 });
  };
  const loadDefaults = async () => notifySuccess(t('train.catalogue.defaultsLoaded', { n: await loadDefaultCatalogue(db) }));
  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('train.catalogue.intro')}</Text>
      {missing > 0 && (
        <Alert color="blue" title={t('train.catalogue.defaultsTitle')}>
          <Group justify="space-between">
            <Text size="sm">{t('train.catalogue.defaultsBody', { n: missing })}</Text>
            <Button size="xs" onClick={() => void loadDefaults()}>{t('train.catalogue.loadDefaults')}</Button>
          </Group>
        </Alert>
      )}
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end">
          <TextInput label={t('train.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={260} />
          <Select label={t('train.filter.bentuk')} data={BENTUK_INFO.map((b) => ({ value: b.key, label: b.label }))} value={bentuk} onChange={(v) => setBentuk(v as Bentuk | null)} clearable searchable placeholder={t('train.filter.all')} w={260} />
        </Group>
        <Group gap="xs">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>{t('train.catalogue.add')}</Button>
          <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => void exportCatalogueFile(host, catalogue).then((r) => reportExport(t, r))}>{t('train.catalogue.export')}</Button>
          <Button variant="light" leftSection={<IconUpload size={16} />} onClick={() => void runImport()}>{t('train.catalogue.import')}</Button>
        </Group>
      </Group>
      <Text size="sm" data-testid="catalogue-count">{t('train.catalogue.count', { n: shown.length, total: catalogue.length })}</Text>
      <CatalogueTable courses={shown} onEdit={setEditing} />
      {editing && <CourseFormModal course={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {problems && <ProblemsModal {...problems} onClose={() => setProblems(null)} />}
    </Stack>
  );
}
