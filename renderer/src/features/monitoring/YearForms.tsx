import { Alert, Button, Group, Select, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { defaultSkpDeadline } from '@shared/domain/monitoring-period';
import { PERIOD_TYPES, type PeriodType } from '@shared/schemas/skp';
import { useDb } from '../../db/db-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifySuccess } from '../../ui/notify';
import { type FieldErrors, problemText } from './monitoring-result';
import type { YearWithPeriods } from './monitoring.queries';
import { PERIOD_TYPE_KEY } from './period-labels';
import { useDraft } from './use-draft';
import { createYear, updateYear } from './years.commands';

type NewYear = { year: string; periodType: PeriodType; skpDeadline: string; deadlineTouched: boolean };

function usePeriodTypeOptions() {
  const { t } = useI18n();
  return PERIOD_TYPES.map((p) => ({ value: p, label: t(PERIOD_TYPE_KEY[p]) }));
}

/** HR sets up a year: its number, period type (default quarterly) and SKP deadline (default 31 January). */
export function CreateYearForm({ suggestedYear, onCreated }: { suggestedYear: number; onCreated: (year: number) => void }) {
  const db = useDb();
  const { t } = useI18n();
  const options = usePeriodTypeOptions();
  const initial: NewYear = { year: String(suggestedYear), periodType: 'triwulan', skpDeadline: defaultSkpDeadline(suggestedYear), deadlineTouched: false };
  const draft = useDraft<NewYear>('year:new', initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const v = draft.value;
  const setYear = (year: string) => {
    const n = Number(year);
    draft.set({ ...v, year, skpDeadline: !v.deadlineTouched && Number.isInteger(n) && year.length === 4 ? defaultSkpDeadline(n) : v.skpDeadline });
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await createYear(db, v);
    if (!r.ok) return setErrors(r.errors ?? {});
    setErrors({});
    draft.reset();
    notifySuccess(t('monitor.year.created', { year: v.year }));
    onCreated(Number(v.year));
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('monitor.year.create')}>
      <Group align="flex-start" wrap="wrap">
        <TextInput label={t('monitor.year.field.year')} inputMode="numeric" maxLength={4} w={110} required value={v.year} error={errors['year']} onChange={(e) => setYear(e.currentTarget.value)} />
        <Select label={t('monitor.year.field.periodType')} data={options} allowDeselect={false} w={200} value={v.periodType} error={errors['periodType']} onChange={(p) => draft.set({ ...v, periodType: (p ?? 'triwulan') as PeriodType })} />
        <TextInput type="date" label={t('monitor.year.field.deadline')} w={190} required value={v.skpDeadline} error={errors['skpDeadline']} onChange={(e) => draft.set({ ...v, skpDeadline: e.currentTarget.value, deadlineTouched: true })} />
        <Button type="submit" mt={25}>
          {t('monitor.year.create')}
        </Button>
      </Group>
    </form>
  );
}

/** Changes the period type (only while nothing is recorded) and the SKP deadline of a year. */
export function EditYearForm({ year }: { year: YearWithPeriods }) {
  const db = useDb();
  const { t, locale } = useI18n();
  const options = usePeriodTypeOptions();
  const initial = { periodType: year.periodType, skpDeadline: year.skpDeadline };
  const draft = useDraft(`year:${year.id}`, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const v = draft.value;
  const changed = v.periodType !== year.periodType || v.skpDeadline !== year.skpDeadline;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await updateYear(db, year.id, v);
    setErrors(!r.ok && r.errors ? r.errors : {});
    setProblem(!r.ok && r.problem ? problemText(t, locale, r.problem) : null);
    if (r.ok) {
      draft.reset();
      notifySuccess(t('monitor.year.updated', { year: year.year }));
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('monitor.year.edit', { year: year.year })}>
      <Group align="flex-start" wrap="wrap">
        <Select label={t('monitor.year.field.periodType')} data={options} allowDeselect={false} w={200} value={v.periodType} error={errors['periodType']} onChange={(p) => draft.set({ ...v, periodType: (p ?? year.periodType) as PeriodType })} />
        <TextInput type="date" label={t('monitor.year.field.deadline')} w={190} value={v.skpDeadline} error={errors['skpDeadline']} onChange={(e) => draft.set({ ...v, skpDeadline: e.currentTarget.value })} />
        <Button type="submit" mt={25} variant="light" disabled={!changed}>
          {t('monitor.year.save')}
        </Button>
        {changed && (
          <Button mt={25} variant="subtle" onClick={() => { draft.reset(); setProblem(null); setErrors({}); }}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
      {problem && (
        <Alert color="red" mt="sm" role="alert" title={t('monitor.year.notChanged')}>
          {problem}
        </Alert>
      )}
    </form>
  );
}
