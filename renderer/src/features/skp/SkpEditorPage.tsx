import { Alert, Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconLock, IconMessageExclamation } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { checkSkpForSubmit, isSkpEditable } from '@shared/domain';
import type { Skp } from '@shared/schemas/skp';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { hrefOf } from '../../ui/use-hash-route';
import { CascadeMatrix } from './CascadeMatrix';
import { messagesAt } from './field-ids';
import { issueText } from './issue-text';
import { ISSUES_ID, IssueSummary } from './IssueSummary';
import { LampiranSection } from './LampiranSection';
import { PerilakuSection } from './PerilakuSection';
import { RhkSection } from './RhkSection';
import { SkpActions } from './SkpActions';
import { SkpHeader } from './SkpHeader';
import { failureText } from './skp-messages';
import { useSubordinateSkps, useSupervisorSkp, useSkp } from './skp.queries';
import { useSkpDraft } from './use-skp-draft';

type Props = { skpId: string; section: string | null; monitoring: (skp: Skp) => ReactNode };

const SECTIONS = ['rhk', 'perilaku', 'lampiran', 'kaskade', 'pemantauan'] as const;

/** `#/skp/<id>/<section>` scrolls to that part of the page once it is there. */
function useSectionScroll(section: string | null, ready: boolean) {
  useEffect(() => {
    if (!ready || !section) return;
    document.getElementById(`skp-section-${section}`)?.scrollIntoView({ block: 'start' });
  }, [section, ready]);
}

function SectionNav({ skp, hasCascade }: { skp: Skp; hasCascade: boolean }) {
  const { t } = useI18n();
  const shown = SECTIONS.filter((s) => (s === 'kaskade' ? hasCascade : s === 'pemantauan' ? skp.status === 'disetujui' : true));
  return (
    <Group gap="md" component="nav" aria-label={t('skpPlan.sections')}>
      {shown.map((s) => (
        <Anchor key={s} size="sm" href={hrefOf('skp', skp.id, s)}>
          {t(`skpPlan.section.${s}`)}
        </Anchor>
      ))}
    </Group>
  );
}

function StatusNotes({ skp }: { skp: Skp }) {
  const { t } = useI18n();
  return (
    <>
      {skp.status === 'dikembalikan' && skp.returnNote && (
        <Alert color="orange" icon={<IconMessageExclamation />} title={t('skpPlan.returned.title', { name: skp.penilai?.name ?? '-' })} data-testid="return-note">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{skp.returnNote}</Text>
        </Alert>
      )}
      {skp.status === 'diajukan' && (
        <Alert color="blue" icon={<IconInfoCircle />} data-testid="readonly-note">
          {t('skpPlan.readonly.diajukan')}
          {skp.returnNote && <Text size="sm" mt={4} c="dimmed">{t('skpPlan.returned.previous', { note: skp.returnNote })}</Text>}
        </Alert>
      )}
      {skp.status === 'disetujui' && (
        <Alert color="teal" icon={<IconLock />} data-testid="readonly-note">
          {t('skpPlan.readonly.disetujui')}
        </Alert>
      )}
    </>
  );
}

/**
 * One SKP: the plan (editable as draft or when returned), its workflow, and, once approved,
 * monitoring. Keyed by id, so following a link to another SKP saves this one's pending edits
 * (on unmount) and starts the next with a fresh draft.
 */
export function SkpEditorPage(props: Props) {
  return <SkpEditor key={props.skpId} {...props} />;
}

function SkpEditor({ skpId, section, monitoring }: Props) {
  const db = useDb();
  const { t } = useI18n();
  const live = useSkp(db, skpId);
  const { draft, saveState, saveError, update, flush } = useSkpDraft(db, live);
  const supervisor = useSupervisorSkp(db, live ?? null);
  const subordinates = useSubordinateSkps(db, live ?? null);
  const [showIssues, setShowIssues] = useState(false);
  useSectionScroll(section, !!live && subordinates !== null);

  if (live === null) return <Skeleton h={400} aria-label={t('app.loading')} />;
  if (live === undefined) {
    return (
      <Stack>
        <Text>{t('skpPlan.notFound')}</Text>
        <Anchor href={hrefOf('skp')}>{t('skpPlan.back')}</Anchor>
      </Stack>
    );
  }
  const editable = isSkpEditable(live.status);
  const skp = editable && draft?.id === live.id ? draft : live;
  const issues = showIssues && editable ? checkSkpForSubmit(skp).map((i) => ({ ...i, message: issueText(t, i, skp) })) : [];
  const props = { skp, editable, update, errorAt: (path: string) => messagesAt(issues, path) };
  const hasCascade = (subordinates?.length ?? 0) > 0;
  const onIssues = () => {
    setShowIssues(true);
    requestAnimationFrame(() => document.getElementById(ISSUES_ID)?.focus());
  };
  return (
    <Stack>
      <SkpHeader {...props} live={live} saveState={saveState} />
      <SkpActions skp={live} flush={flush} onIssues={onIssues} onSubmitted={() => setShowIssues(false)} />
      {saveError && (
        <Alert color="red" role="alert">
          {failureText(t, saveError)}
        </Alert>
      )}
      <StatusNotes skp={live} />
      <IssueSummary issues={issues} />
      {issues.some((i) => i.path === 'penilai') && (
        <Text size="sm" c="red" role="alert">
          {messagesAt(issues, 'penilai')}
        </Text>
      )}
      <SectionNav skp={live} hasCascade={hasCascade} />
      <RhkSection {...props} supervisor={supervisor ?? undefined} />
      <PerilakuSection {...props} />
      <LampiranSection {...props} />
      {hasCascade && <CascadeMatrix skp={skp} subordinates={subordinates ?? []} />}
      {live.status === 'disetujui' && <div id="skp-section-pemantauan">{monitoring(live)}</div>}
    </Stack>
  );
}
