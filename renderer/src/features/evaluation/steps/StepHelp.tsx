import { Alert } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';

/** The short help of a wizard step, citing the rule it applies. */
export function StepHelp({ children }: { children: string }) {
  return (
    <Alert variant="light" color="blue" icon={<IconScale size={18} />} data-testid="step-help">
      {children}
    </Alert>
  );
}
