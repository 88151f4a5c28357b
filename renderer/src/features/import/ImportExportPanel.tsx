import { Button, Group } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';
import { useI18n } from '../../i18n/i18n-context';
import { notifyFailure, notifySuccess } from '../../ui/notify';

// exceljs is large (~1 MB): load the import and export code only when they are used.
const ImportWizard = lazy(() => import('./ImportWizard').then((m) => ({ default: m.ImportWizard })));

/**
 * Import and export of the employee list, shown above the employee table. Export writes the
 * employees given (the filtered list) or everyone, in the columns the import reads back.
 */
export function ImportExportPanel({ filteredEmployeeIds }: { filteredEmployeeIds?: string[] }) {
  const db = useDb();
  const host = useHost();
  const { t } = useI18n();
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const runExport = async () => {
    setExporting(true);
    try {
      const { exportEmployees } = await import('./export');
      const result = await exportEmployees(db, host, filteredEmployeeIds);
      if (!result.ok) notifyFailure(t, result.code);
      else if (result.saved) {
        const params = { count: result.count, file: result.fileName, skipped: result.skipped };
        notifySuccess(t(result.skipped > 0 ? 'export.skipped' : 'export.done', params));
      }
    } catch (err) {
      console.error(err);
      notifyFailure(t, 'host/internal');
    } finally {
      setExporting(false);
    }
  };

  return (
    <Group gap="sm">
      <Button variant="light" leftSection={<IconUpload size={16} />} onClick={() => setImporting(true)}>
        {t('import.open')}
      </Button>
      <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => void runExport()} loading={exporting} disabled={filteredEmployeeIds?.length === 0}>
        {t('export.open')}
      </Button>
      {importing && (
        <Suspense fallback={null}>
          <ImportWizard onClose={() => setImporting(false)} />
        </Suspense>
      )}
    </Group>
  );
}
