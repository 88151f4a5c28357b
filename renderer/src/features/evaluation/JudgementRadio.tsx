import { Group, Radio } from '@mantine/core';
import { RATING_LABEL, RATINGS, type Rating } from '@shared/domain/predikat';

type Props = {
  label: string;
  value: Rating | null;
  onChange: (value: Rating) => void;
  disabled?: boolean;
  /** Ratings that may not be chosen (shown, but disabled); the reason goes in `error` or `description`. */
  blocked?: readonly Rating[];
  description?: string;
  error?: string | null;
  testId?: string;
};

/**
 * One judgement: Di Atas / Sesuai / Di Bawah Ekspektasi as native radios, so Tab reaches the group
 * and the arrow keys (or Space) choose, with no mouse needed.
 */
export function JudgementRadio({ label, value, onChange, disabled, blocked = [], description, error, testId }: Props) {
  return (
    <Radio.Group label={label} value={value ?? ''} onChange={(v) => onChange(v as Rating)} description={description} error={error || undefined} data-testid={testId}>
      <Group gap="lg" mt={6}>
        {RATINGS.map((r) => (
          <Radio key={r} value={r} label={RATING_LABEL[r]} disabled={disabled || blocked.includes(r)} />
        ))}
      </Group>
    </Radio.Group>
  );
}
