import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { ConflictList } from './ConflictList';
import { PackageSummary } from './PackageSummary';
import { PasswordStep } from './PasswordStep';
import { ProblemList } from './ProblemList';
import { type ImportState, useImportFlow } from './use-import-flow';

type Flow = ReturnType<typeof useImportFlow>;

function PreviewPanel({ state, flow }: { state: Extract<ImportState, { step: 'preview' }>; flow: Flow }) {
  const { t } = useI18n();
  const { preview } = state;
  return (
    <Stack gap={0}>
      <PackageSummary manifest={preview.manifest} desk={preview.desk} onRegister={(label) => void flow.register(label)} />
      <Text size="sm" fw={600} mt="md" data-testid="package-counts">
        {t('backup.exchange.counts', preview.plan.counts)}
      </Text>
      {preview.plan.counts.conflict > 0 && <ConflictList conflicts={preview.plan.items.filter((i) => i.status === 'conflict')} choices={state.choices} onChoose={flow.choose} />}
      <Group mt="md">
        <Button onClick={() => void flow.importNow()} loading={flow.busy} disabled={!preview.desk.known && !preview.desk.own}>
          {t('backup.exchange.import')}
        </Button>
        <Button variant="default" onClick={flow.cancel}>
          {t('backup.open.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Settings card at HR: open a supervisor's package, see who/when/which desk and what differs, import. */
export function ExchangeImportCard() {
  const titleId = useId();
  const { t } = useI18n();
  const flow = useImportFlow();
  const { state, busy } = flow;
  return (
    <Card withBorder radius="md" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" mb="xs" id={titleId}>
        {t('backup.exchange.importTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('backup.exchange.importBody')}
      </Text>
      <Group>
        <Button variant="light" onClick={() => void flow.open()} loading={busy && state.step === 'idle'}>
          {t('backup.exchange.open')}
        </Button>
      </Group>
      {state.step === 'password' && (
        <>
          <PasswordStep fileName={state.file.fileName} busy={busy} onSubmit={(p) => void flow.load(state.file, p)} onCancel={flow.cancel} />
          {state.problems && <ProblemList problems={state.problems} />}
        </>
      )}
      {state.step === 'problems' && <ProblemList problems={state.problems} />}
      {state.step === 'preview' && <PreviewPanel state={state} flow={flow} />}
    </Card>
  );
}
