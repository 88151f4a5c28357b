import { Select, TextInput } from '@mantine/core';
import type { Intervensi, Rhk, Skp } from '@shared/schemas/skp';
import { updateRhk } from '@shared/domain/skp-plan';
import { useI18n } from '../../i18n/i18n-context';
import type { EditorProps } from './editor-types';
import { fieldId } from './field-ids';

type Props = Pick<EditorProps, 'editable' | 'update' | 'errorAt'> & { rhk: Rhk; index: number; supervisor: Skp | undefined };

/**
 * "RHK pimpinan yang diintervensi" (domain.md §3): a pick from the supervisor's approved SKP of the
 * year when it is in the app, typed text otherwise.
 */
export function IntervensiField({ rhk, index, supervisor, editable, update, errorAt }: Props) {
  const { t } = useI18n();
  const path = `rhk.${index}.intervensi`;
  const label = t(rhk.kind === 'utama' ? 'skpPlan.rhk.intervensi' : 'skpPlan.rhk.intervensi.optional');
  const set = (intervensi: Intervensi | undefined) =>
    update((d) =>
      updateRhk(d, index, (r) => {
        const { intervensi: _, ...rest } = r;
        return intervensi ? { ...rest, intervensi } : rest;
      }),
    );
  const current = rhk.intervensi;
  if (supervisor) {
    const linked = current?.kind === 'link' && current.skpId === supervisor.id && supervisor.rhk.some((r) => r.id === current.rhkId) ? current.rhkId : null;
    const data = supervisor.rhk.map((r, i) => ({ value: r.id, label: `${i + 1}. ${r.text || t('skpPlan.rhk.untitled')}` }));
    const kept = !linked && current?.text.trim() ? t('skpPlan.rhk.intervensi.kept', { text: current.text }) : undefined;
    return (
      <Select
        id={fieldId(path)}
        label={label}
        description={kept ?? t('skpPlan.rhk.intervensi.fromSupervisor', { name: supervisor.pegawai.name })}
        placeholder={t('skpPlan.rhk.intervensi.pick')}
        data={data}
        value={linked}
        clearable={editable}
        readOnly={!editable}
        error={errorAt(path)}
        onChange={(id) => {
          const picked = supervisor.rhk.find((r) => r.id === id);
          set(picked ? { kind: 'link', skpId: supervisor.id, rhkId: picked.id, text: picked.text } : undefined);
        }}
      />
    );
  }
  return (
    <TextInput
      id={fieldId(path)}
      label={label}
      description={t('skpPlan.rhk.intervensi.typed')}
      readOnly={!editable}
      error={errorAt(path)}
      value={current?.text ?? ''}
      onChange={(e) => {
        const text = e.currentTarget.value;
        set(text ? { kind: 'text', text } : undefined);
      }}
    />
  );
}
