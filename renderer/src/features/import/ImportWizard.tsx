import { Alert, Button, Group, Loader, Modal, Stack, Stepper, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useI18n } from '../../i18n/i18n-context';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { type ImportFlow, useImportFlow } from './use-import-flow';

function FileStep({ flow }: { flow: ImportFlow }) {
  const { t } = useI18n();
  return (
    <Stack>
      <Text size="sm">{t('import.file.intro')}</Text>
      <Text size="sm" c="dimmed">
        {t('import.file.sample')}
      </Text>
      <Group>
        <Button leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void flow.chooseFile()} loading={flow.busy === 'reading'} data-autofocus>
          {t('import.file.choose')}
        </Button>
        {flow.busy === 'reading' && (
          <Text size="sm" role="status">
            {t('import.file.reading', { file: flow.fileName })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

function DoneStep({ flow, onClose }: { flow: ImportFlow; onClose: () => void }) {
  const { t } = useI18n();
  const s = flow.saved;
  if (!s) return null;
  const changed = s.created + s.updated > 0;
  return (
    <Stack>
      <Alert color="teal" title={t('import.done.title')} role="status">
        {changed ? t('import.done.body', { created: s.created, updated: s.updated, unchanged: s.unchanged, positions: s.positions }) : t('import.done.nothing')}
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('import.close')}
        </Button>
      </Group>
    </Stack>
  );
}

function Checking({ rows }: { rows: number }) {
  const { t } = useI18n();
  return (
    <Group role="status">
      <Loader size="sm" />
      <Text size="sm">{t('import.preview.building', { rows })}</Text>
    </Group>
  );
}

/** The import as a four-step dialog; nothing is written before "Simpan" on a clean preview. */
export function ImportWizard({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const flow = useImportFlow();
  const { step, table, mapping, preview } = flow;
  const busy = flow.busy !== null;
  return (
    <Modal opened onClose={onClose} title={t('import.title')} size={1100} closeOnClickOutside={!busy} closeOnEscape={!busy} withCloseButton={!busy}>
      <Stack>
        <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={(s) => flow.goTo(s as 0 | 1 | 2)}>
          <Stepper.Step label={t('import.step.file')} allowStepSelect={step > 0 && step < 3 && !busy} />
          <Stepper.Step label={t('import.step.mapping')} allowStepSelect={step > 1 && step < 3 && !busy} />
          <Stepper.Step label={t('import.step.preview')} allowStepSelect={false} />
          <Stepper.Step label={t('import.step.save')} allowStepSelect={false} />
        </Stepper>
        {flow.problem && (
          <Alert color="red" role="alert" data-testid="import-problem">
            {flow.problem}
          </Alert>
        )}
        {step === 0 && <FileStep flow={flow} />}
        {step === 1 && table && mapping && flow.busy !== 'checking' && (
          <MappingStep fileName={flow.fileName} table={table} mapping={mapping} busy={busy} onColumn={flow.setColumn} onBack={() => flow.goTo(0)} onNext={() => void flow.showPreview()} />
        )}
        {flow.busy === 'checking' && table && <Checking rows={table.rows.length} />}
        {step === 2 && preview && <PreviewStep preview={preview} busy={busy} onBack={() => flow.goTo(1)} onOtherFile={() => flow.goTo(0)} onSave={() => void flow.save()} />}
        {step === 3 && <DoneStep flow={flow} onClose={onClose} />}
      </Stack>
    </Modal>
  );
}
