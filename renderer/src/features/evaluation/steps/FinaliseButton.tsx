import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { EvaluationIssue } from '@shared/domain/evaluation';
import { useDb } from '../../../db/db-context';
import { useI18n } from '../../../i18n/i18n-context';
import { finaliseEvaluation } from '../evaluation.commands';

/** "Finalkan" with a confirmation: a final evaluation can only be corrected by a revision. */
export function FinaliseButton({ evaluationId, disabled, flush, onRefused }: { evaluationId: string; disabled: boolean; flush: () => Promise<void>; onRefused: (issues: EvaluationIssue[]) => void }) {
  const db = useDb();
  const { t } = useI18n();
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await flush();
      const result = await finaliseEvaluation(db, evaluationId);
      close();
      if (result.ok) notifications.show({ color: 'teal', message: t('eval.finalise.done') });
      else onRefused(result.issues);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Group>
        <Button onClick={open} disabled={disabled} color="teal">
          {t('eval.finalise')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} title={t('eval.finalise.title')}>
        <Text size="sm">{t('eval.finalise.body')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t('eval.cancel')}
          </Button>
          <Button color="teal" loading={busy} onClick={() => void confirm()} data-autofocus>
            {t('eval.finalise.confirm')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
