import { Alert, Anchor, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { SkpIssue } from '@shared/domain';
import { useI18n } from '../../i18n/i18n-context';
import { focusField } from './field-ids';

export const ISSUES_ID = 'skp-issues';

/** What blocks submitting, each a link that takes the keyboard to its field. */
export function IssueSummary({ issues }: { issues: readonly SkpIssue[] }) {
  const { t } = useI18n();
  if (issues.length === 0) return null;
  return (
    <Alert id={ISSUES_ID} tabIndex={-1} color="red" icon={<IconAlertCircle />} title={t('skpPlan.issues.title', { count: issues.length })} data-testid="skp-issues">
      <List size="sm" spacing={4}>
        {issues.map((issue) => (
          <List.Item key={`${issue.path}:${issue.code}`}>
            <Anchor component="button" type="button" size="sm" c="red.9" underline="always" onClick={() => focusField(issue.path)} style={{ textAlign: 'left' }}>
              {issue.message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
