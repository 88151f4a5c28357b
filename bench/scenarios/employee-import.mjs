/* global document, window, MutationObserver, HTMLInputElement, countLine */
/**
 * employee-import: 10,000 new employees from an XLSX through the import dialog on the Pegawai page
 * (file chooser → column mapping → preview → Simpan), timed inside the page from the file input's
 * change event to the preview counts, and from the Simpan click to "Impor selesai".
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { newAppPage, ROOT } from '../runner/setup.mjs';
import { countText, normaliseCount } from './in-page.mjs';
import { makeImportWorkbook } from './import-workbook.mjs';

const OPEN_BUTTON = 'Impor dari XLSX/CSV';
const UI_FILES = ['renderer/src/features/import/ImportExportPanel.tsx', 'tests/e2e/import.spec.ts'];
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STEP_TIMEOUT = 120_000;

/** Records when each step of the dialog first appears (ms since navigation start). */
function importProbe() {
  const marks = {};
  window.__benchImport = marks;
  const mark = (name) => (marks[name] ??= performance.now());
  // The browser host picks files through a detached <input type=file>: catch its change event there.
  const click = HTMLInputElement.prototype.click;
  HTMLInputElement.prototype.click = function benchClick() {
    if (this.type === 'file') this.addEventListener('change', () => mark('fileChosen'), { once: true });
    return click.call(this);
  };
  document.addEventListener(
    'click',
    (e) => {
      const text = e.target?.closest?.('button')?.textContent?.trim();
      if (text === 'Tampilkan pratinjau') mark('previewClicked');
      if (text === 'Simpan') mark('saveClicked');
    },
    true,
  );
  const observer = new MutationObserver(() => {
    const dialog = document.querySelector('[role="dialog"]');
    if (!dialog) return;
    if (marks.fileChosen && [...dialog.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Tampilkan pratinjau')) mark('mappingShown');
    if (marks.previewClicked && dialog.querySelector('[data-testid="import-count-error"]')) mark('previewShown');
    if (marks.saveClicked && dialog.textContent.includes('Impor selesai')) mark('done');
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

function uiMissing() {
  const missing = UI_FILES.filter((f) => !existsSync(join(ROOT, f)));
  return missing.length ? `import UI not present (missing ${missing.join(', ')})` : null;
}

export async function employeeImport({ browser, url, lib, options }) {
  const missing = uiMissing();
  if (missing) return { skipped: missing };
  const made = performance.now();
  const file = await makeImportWorkbook(lib, options.importRows);
  const makeMs = performance.now() - made;

  const { context, page } = await newAppPage(browser);
  try {
    await context.addInitScript(() => {
      // The count line with thousands separators removed ("10.141" → "10141").
      window.countLine = () => (document.querySelector('[data-testid="employee-count"]')?.textContent ?? '').replace(/(\d)\.(\d)/g, '$1$2').trim();
    });
    await page.goto(`${url}#/pegawai`);
    const line = page.getByTestId('employee-count');
    await line.waitFor();
    // The demo agency the app wrote on first start (its size is read, not assumed).
    const shown = await page.waitForFunction(() => /^(\d+) dari \1 pegawai$/.exec(countLine())?.[1]);
    const demoTotal = Number(await shown.jsonValue());
    const open = page.getByRole('button', { name: OPEN_BUTTON });
    if ((await open.count()) === 0) return { skipped: `import UI not present (no "${OPEN_BUTTON}" button in this build)` };

    await page.evaluate(importProbe);
    await open.click();
    const dialog = page.getByRole('dialog', { name: /Impor pegawai/ });
    await dialog.waitFor();
    const chooser = page.waitForEvent('filechooser');
    // Not the stepper's "1 Pilih berkas" step: the button whose name starts with the words.
    await dialog.getByRole('button', { name: /^Pilih berkas/ }).click();
    await (await chooser).setFiles({ name: 'bench-10k.xlsx', mimeType: XLSX_MIME, buffer: file.buffer });

    const next = dialog.getByRole('button', { name: 'Tampilkan pratinjau' });
    await next.waitFor({ timeout: STEP_TIMEOUT });
    await next.click();
    await dialog.getByTestId('import-count-error').waitFor({ timeout: STEP_TIMEOUT });
    const counts = {};
    for (const cls of ['new', 'update', 'unchanged', 'error']) {
      const el = dialog.getByTestId(`import-count-${cls}`);
      counts[cls] = (await el.count()) ? (await el.textContent()).trim() : null;
    }
    const save = dialog.getByRole('button', { name: 'Simpan', exact: true });
    if (await save.isDisabled()) throw new Error(`Simpan is disabled on the preview: ${JSON.stringify(counts)}`);
    await save.click();
    await dialog.getByText('Impor selesai').waitFor({ timeout: STEP_TIMEOUT });
    const marks = await page.evaluate(() => window.__benchImport);
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    const after = countText(demoTotal + file.rows, demoTotal + file.rows);
    const listStarted = Date.now();
    await page.waitForFunction((want) => countLine() === want, after, { timeout: STEP_TIMEOUT });
    const listRefreshMs = Date.now() - listStarted;

    const span = (a, b) => (marks[a] != null && marks[b] != null ? Math.round(marks[b] - marks[a]) : null);
    const [readMs, checkMs, commit] = [span('fileChosen', 'mappingShown'), span('previewClicked', 'previewShown'), span('saveClicked', 'done')];
    // The pause on the mapping step (the bench's own click) is left out of "file chosen → preview".
    const chosenToPreview = readMs != null && checkMs != null ? readMs + checkMs : null;
    return {
      rows: file.rows,
      fileBytes: file.buffer.length,
      makeWorkbookMs: Math.round(makeMs),
      counts,
      readMs,
      mappingWaitMs: span('mappingShown', 'previewClicked'),
      checkMs,
      chosenToPreviewMs: chosenToPreview,
      commitMs: commit,
      totalMs: chosenToPreview != null && commit != null ? chosenToPreview + commit : null,
      listAfterCloseMs: listRefreshMs,
      finalCountLine: normaliseCount(await line.textContent()),
    };
  } finally {
    await context.close();
  }
}
