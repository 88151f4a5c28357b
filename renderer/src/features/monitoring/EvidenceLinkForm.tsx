import { Button, Group, TextInput } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { addEvidenceLink, type EvidenceTarget } from './evidence.commands';
import { problemText } from './monitoring-result';
import { notifyProblem } from './notify-problem';
import { useDraft } from './use-draft';

const EMPTY = { url: '', name: '' };

/** Adds a link (http or https) as bukti dukung, with an optional label. */
export function EvidenceLinkForm({ target }: { target: EvidenceTarget }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const draft = useDraft(`link:${target.skpId}|${target.periodId}|${target.rhkId}`, EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(draft.value.url !== '' || draft.value.name !== '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await addEvidenceLink(db, target, draft.value);
    if (!r.ok) {
      if (r.errors?.['url']) return setError(problemText(t, locale, { code: r.errors['url'] }));
      return notifyProblem(t, locale, r.problem);
    }
    setError(null);
    draft.reset();
    setOpen(false);
    notifySuccess(t('monitor.link.added'));
  };
  if (!open) {
    return (
      <Button variant="default" leftSection={<IconLink size={16} />} onClick={() => setOpen(true)}>
        {t('monitor.link.open')}
      </Button>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('monitor.link.form')} style={{ width: '100%' }}>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput data-autofocus autoFocus label={t('monitor.link.url')} placeholder="https://" type="url" style={{ flex: 2, minWidth: 240 }} value={draft.value.url} error={error} onChange={(e) => draft.set({ ...draft.value, url: e.currentTarget.value })} />
        <TextInput label={t('monitor.link.name')} style={{ flex: 1, minWidth: 180 }} maxLength={255} value={draft.value.name} onChange={(e) => draft.set({ ...draft.value, name: e.currentTarget.value })} />
        <Button type="submit" variant="light" mt={25} disabled={!draft.value.url.trim()}>
          {t('monitor.link.add')}
        </Button>
        <Button variant="subtle" mt={25} onClick={() => { draft.reset(); setError(null); setOpen(false); }}>
          {t('common.cancel')}
        </Button>
      </Group>
    </form>
  );
}
