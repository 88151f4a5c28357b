/**
 * Printing a PDF the app made (issue #6). Both hosts check the bytes the same way before they show
 * anything: the desktop app in main (a print-preview window with Chromium's PDF viewer), the
 * browser in the page (a hidden frame with a blob: URL). Pure, so both sides share it.
 */

/** Expected failures of 'pdf:print', worded in the UI under error.<code>. */
export const PRINT_HOST_ERROR_CODES = [
  /** The bytes do not start with "%PDF-". */
  'print/not-pdf',
  /** The browser cannot show PDFs itself (navigator.pdfViewerEnabled is false), so it would download instead. */
  'print/no-viewer',
  /** The print window or frame could not be opened or loaded. */
  'print/failed',
] as const;
export type PrintHostErrorCode = (typeof PRINT_HOST_ERROR_CODES)[number];

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** True when the bytes start with the PDF header "%PDF-" (ISO 32000-2, 7.5.2). */
export function startsWithPdfHeader(data: Uint8Array): boolean {
  return data.byteLength > PDF_MAGIC.length && PDF_MAGIC.every((b, i) => data[i] === b);
}

/** Null when the bytes may be printed; otherwise the code the UI words. */
export function checkPrintablePdf(data: Uint8Array, maxBytes: number): 'print/not-pdf' | 'file/too-large' | null {
  if (data.byteLength > maxBytes) return 'file/too-large';
  return startsWithPdfHeader(data) ? null : 'print/not-pdf';
}

/** The print window's title: "Cetak — 2026-TW1-dokumen-evaluasi-….pdf". */
export function printTitle(fileName: string): string {
  return `Cetak — ${fileName}`;
}
