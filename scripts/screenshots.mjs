#!/usr/bin/env node
// Screenshots of the web build for review: `npm run screenshots -- <folder>` (default screenshots/).
// Serves dist-web with vite preview, opens each page in Chromium with a fresh profile, saves PNGs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const outDir = process.argv[2] ?? 'screenshots';
const port = 4399;
const exe = process.env.PEKA_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
mkdirSync(outDir, { recursive: true });

const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 100; i++) {
  if (await fetch(base).then((r) => r.ok, () => false)) break;
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const shots = [
    ['beranda', 'home'],
    ['pegawai', 'employees'],
    ['skp', 'pending-skp'],
    ['pengaturan', 'settings'],
  ];
  for (const [route, name] of shots) {
    await page.goto(`${base}#/${route}`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: route !== 'pegawai' });
    console.log(`${outDir}/${name}.png`);
  }
  await page.goto(`${base}#/pegawai`);
  await page.getByRole('tab', { name: 'Unit kerja' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${outDir}/units.png` });
  console.log(`${outDir}/units.png`);
} finally {
  await browser.close();
  server.kill();
}
