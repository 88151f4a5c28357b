/* global window */
/**
 * documents (issue 6): 500 Dokumen Evaluasi rendered and signed in one batch in worker threads,
 * against a plain sequential pdfmake loop over the same documents (scripts/documents-bench.ts);
 * the cost of one signature (electron/main/signing/signing-benchmark.ts: the signer the desktop
 * app uses, private-key operation in native crypto); and the app's own UI thread in Chromium while
 * HR exports the whole demo agency's Dokumen Evaluasi (#/dokumen/massal, ZIP): its longest task.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { bundleDocumentScripts } from '../../scripts/documents-bundle.mjs';
import { newAppPage } from '../runner/setup.mjs';

const PERIOD = 'TRIWULAN I 2026';
const ROOT_UNIT = 'Pemerintah Kota Tangerang Selatan';

async function choose(page, label, option, typed) {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** The whole agency exported from the app's bulk page; long tasks observed from the click on. */
async function uiExport(browser, url) {
  const { context, page } = await newAppPage(browser);
  try {
    await page.goto(`${url}#/beranda`);
    await page.getByTestId('agency-name').waitFor({ timeout: 120_000 });
    await page.goto(`${url}#/dokumen/massal`);
    const period = page.getByRole('combobox', { name: 'Periode', exact: true });
    for (let i = 0; i < 50 && (await period.inputValue()) !== PERIOD; i += 1) {
      await choose(page, 'Periode', PERIOD);
      await page.waitForTimeout(200);
    }
    await choose(page, 'Unit kerja', new RegExp(`^\\s*${ROOT_UNIT}$`), ROOT_UNIT.slice(0, 12));
    const button = page.getByRole('button', { name: /^Ekspor \d+ dokumen$/ });
    await button.waitFor();
    const count = Number((await button.textContent()).match(/\d+/)[0]);
    await page.evaluate(() => {
      window.__benchTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__benchTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const t0 = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), button.click()]);
    const path = await download.path();
    const ms = Date.now() - t0;
    const files = Object.keys(unzipSync(new Uint8Array(readFileSync(path)))).length;
    if (files !== count) throw new Error(`the export held ${files} files, not ${count}`);
    const tasks = await page.evaluate(() => window.__benchTasks);
    return {
      documents: count,
      files,
      ms,
      docsPerSecond: Math.round((count / (ms / 1000)) * 10) / 10,
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      longTasks: tasks.length,
      worstTasksMs: tasks.sort((a, b) => b - a).slice(0, 5).map(Math.round),
    };
  } finally {
    await context.close();
  }
}

export async function documents({ browser, url, options }) {
  const dir = await bundleDocumentScripts();
  const { benchDocuments } = await import(pathToFileURL(`${dir}/documents-bench.mjs`).href);
  const { benchmarkSigning } = await import(pathToFileURL(`${dir}/signing-benchmark.mjs`).href);
  const batch = await benchDocuments({ count: options.documents, workerUrl: pathToFileURL(`${dir}/documents-bench-worker.mjs`) });
  const s = await benchmarkSigning({ documents: options.smoke ? 20 : 200, forgeSamples: options.smoke ? 2 : 10 });
  const r2 = (n) => Math.round(n * 100) / 100;
  const signature = { documents: s.documents, pdfBytes: s.pdfBytes, meanMs: r2(s.signPdfMs), medianMs: r2(s.signPdfMedianMs), cpuMs: r2(s.signPdfCpuMs), nativeKeyOpMs: r2(s.nativeKeyOpMs), forgeKeyOpMs: r2(s.forgeKeyOpMs) };
  const ui = await uiExport(browser, url);
  return { batch, signature, ui };
}
