import { Anchor, Badge, Button, Card, Group, Modal, Table, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { PREDIKAT_LABEL } from '@shared/domain/predikat';
import { useDb } from '../../db/db-context';
import { formatDate, useI18n } from '../../i18n/i18n-context';
import { hrefOf, useHashRoute } from '../../ui/use-hash-route';
import { createRevision } from './evaluation.commands';
import type { EvaluationView } from './evaluation.queries';

function NewRevision({ evaluationId }: { evaluationId: string }) {
  const db = useDb();
  const { t } = useI18n();
  const [, navigate] = useHashRoute();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const result = await createRevision(db, evaluationId, reason);
    if (!result.ok) return setError(result.issues.map((i) => i.message).join(' '));
    close();
    navigate('evaluasi', result.id);
  };
  return (
    <>
      <Button variant="light" onClick={open}>
        {t('eval.revise')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('eval.revise.title')}>
        <Text size="sm" mb="sm">{t('eval.revise.body')}</Text>
        <Textarea label={t('eval.revise.reason')} required autosize minRows={3} value={reason} error={error} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('eval.cancel')}
          </Button>
          <Button onClick={() => void submit()}>{t('eval.revise.confirm')}</Button>
        </Group>
      </Modal>
    </>
  );
}

/** Every revision of this employee's evaluation for the period, all visible, with their reasons. */
export function RevisionsPanel({ view }: { view: EvaluationView }) {
  const { t, locale } = useI18n();
  const current = view.evaluation;
  const latest = view.revisions[view.revisions.length - 1];
  const canRevise = current.status === 'final' && latest?.id === current.id;
  return (
    <Card withBorder radius="md" data-testid="revisions">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">{t('eval.revisions')}</Title>
        {canRevise && <NewRevision evaluationId={current.id} />}
      </Group>
      <Table fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('eval.revisions.revision')}</Table.Th>
            <Table.Th>{t('eval.revisions.status')}</Table.Th>
            <Table.Th>{t('eval.revisions.predikat')}</Table.Th>
            <Table.Th>{t('eval.revisions.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.revisions.map((r) => (
            <Table.Tr key={r.id} data-testid="revision-row" aria-current={r.id === current.id || undefined}>
              <Table.Td>
                {r.id === current.id ? (
                  <b>{t('eval.revision', { n: r.revision })}</b>
                ) : (
                  <Anchor href={hrefOf('evaluasi', r.id)}>{t('eval.revision', { n: r.revision })}</Anchor>
                )}
              </Table.Td>
              <Table.Td>
                <Badge size="sm" color={r.status === 'final' ? 'teal' : 'yellow'}>{t(r.status === 'final' ? 'eval.status.final' : 'eval.status.draft')}</Badge>
                {r.finalisedAt && <Text span size="xs" c="dimmed"> {formatDate(r.finalisedAt, locale)}</Text>}
              </Table.Td>
              <Table.Td>{r.predikat ? PREDIKAT_LABEL[r.predikat] : '—'}</Table.Td>
              <Table.Td>{r.revisionReason ?? t('eval.revisions.original')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
