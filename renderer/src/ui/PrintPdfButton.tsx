import { ActionIcon, Button, type ButtonProps, Tooltip } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useHost } from '../host/host-context';
import { useI18n } from '../i18n/i18n-context';
import { notifyFailure } from './notify';

/** A PDF to print: its file name (the print window's title) and its bytes. */
export type PdfToPrint = { fileName: string; data: Uint8Array };

/**
 * Hands a PDF to the host's print (issue #6): a print-preview window on the desktop, the browser's
 * print dialog on the web. Failures arrive as codes and are worded by notifyFailure.
 */
export function usePrintPdf() {
  const host = useHost();
  const { t } = useI18n();
  return async ({ fileName, data }: PdfToPrint): Promise<boolean> => {
    const res = await host.call('pdf:print', { fileName, data: data as Uint8Array<ArrayBuffer> });
    if (!res.ok) notifyFailure(t, res.error.code);
    return res.ok;
  };
}

type Props = {
  /** Called on click, so a stored document is read only when it is printed; null: nothing to print (already said why). */
  getPdf: () => PdfToPrint | null | Promise<PdfToPrint | null>;
  children?: ReactNode;
  variant?: ButtonProps['variant'];
  disabled?: boolean;
  /** Icon only (tables): the label becomes the accessible name and the tooltip. */
  iconLabel?: string;
};

/** "Cetak": a labelled, keyboard-reachable button that stays busy until the host has the PDF open. */
export function PrintPdfButton({ getPdf, children, variant = 'light', disabled, iconLabel }: Props) {
  const { t } = useI18n();
  const print = usePrintPdf();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const pdf = await getPdf();
      if (pdf) await print(pdf);
    } catch {
      // The document could not be read (a stored Blob gone, a render that failed).
      notifyFailure(t, 'print/failed');
    } finally {
      setBusy(false);
    }
  };
  if (iconLabel) {
    return (
      <Tooltip label={iconLabel}>
        <ActionIcon variant="subtle" aria-label={iconLabel} onClick={() => void run()} loading={busy} disabled={disabled}>
          <IconPrinter size={16} />
        </ActionIcon>
      </Tooltip>
    );
  }
  return (
    <Button variant={variant} leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => void run()} loading={busy} disabled={disabled}>
      {children ?? t('docs.print')}
    </Button>
  );
}
