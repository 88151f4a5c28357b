import { Alert, List } from '@mantine/core';
import type { BackupProblem } from '@shared/backup/problems';
import { useI18n } from '../../i18n/i18n-context';
import { problemText } from './backup-ui';

/** Says exactly what is wrong with a file, one line per problem, and that nothing was changed. */
export function ProblemList({ problems, title }: { problems: readonly BackupProblem[]; title?: string }) {
  const { t } = useI18n();
  return (
    <Alert color="red" role="alert" title={title ?? t('backup.problems')} mt="md">
      <List size="sm" spacing={4}>
        {problems.map((p, i) => (
          <List.Item key={i}>{problemText(t, p)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
