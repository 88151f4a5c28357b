import { ActionIcon, Button, Group, Popover, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';

/** A delete button that asks first: removing an RHK takes its IKI with it. */
export function ConfirmRemove({ label, question, onConfirm }: { label: string; question: string; onConfirm: () => void }) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus returnFocus>
      <Popover.Target>
        <ActionIcon variant="subtle" color="red" aria-label={label} onClick={() => setOpened((o) => !o)}>
          <IconTrash size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" mb="xs">
          {question}
        </Text>
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={() => setOpened(false)}>
            {t('common.cancel')}
          </Button>
          <Button size="xs" color="red" onClick={() => { setOpened(false); onConfirm(); }}>
            {t('skpPlan.remove')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
