#!/usr/bin/env node
// Runs Doyensec's Electron security scanner (stack.md: offline through npx, pinned) over what ships:
// electron/ (without tests), renderer/index.html, the built out/ when present, and two probes from
// this folder. Fails on any HIGH finding that electronegativity-allow.json does not explain.
// The probes are copied as .js: the scanner reads .js/.ts/.html only.
// Usage: node tests/security/electronegativity.mjs [--keep]   (about a minute; not part of npm test)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCANNER = '@doyensec/electronegativity@1.10.3';
const ELECTRON = '45.5.0';
const root = new URL('../../', import.meta.url).pathname;
const here = join(root, 'tests/security');
const started = Date.now();

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field.trim()]);
  return rows.filter((r) => r.some(Boolean));
}

function prepare() {
  const dir = mkdtempSync(join(tmpdir(), 'peka-electronegativity-'));
  const notTest = (src) => !/\.test\.tsx?$|\.test-helper\.ts$/.test(src);
  cpSync(join(root, 'electron'), join(dir, 'electron'), { recursive: true, filter: notTest });
  cpSync(join(root, 'renderer/index.html'), join(dir, 'renderer/index.html'));
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  cpSync(join(here, 'window-probe.cjs'), join(dir, 'probes/window-probe.js'));
  cpSync(join(here, 'insecure-canary.cjs'), join(dir, 'probes/insecure-canary.js'));
  const built = existsSync(join(root, 'out/main/index.js'));
  if (built) cpSync(join(root, 'out'), join(dir, 'out'), { recursive: true });
  return { dir, built };
}

function scan(dir) {
  const csv = join(dir, 'electronegativity.csv');
  const run = spawnSync('npx', ['-y', SCANNER, '-i', dir, '-e', ELECTRON, '-r', '-o', csv], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (!existsSync(csv)) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electronegativity wrote no report (exit ${run.status})`);
  }
  const [header, ...rows] = parseCsv(readFileSync(csv, 'utf8'));
  const col = (name) => header.indexOf(name);
  return rows.map((r) => ({ check: r[col('issue')], severity: r[col('severity')], confidence: r[col('confidence')], file: r[col('filename')], location: r[col('location')], description: r[col('description')] }));
}

function main() {
  const allow = JSON.parse(readFileSync(join(here, 'electronegativity-allow.json'), 'utf8')).allow;
  const problems = allow.filter((a) => !a.reason?.trim() || !a.check).map((a) => `allow-list entry without check or reason: ${JSON.stringify(a)}`);
  const { dir, built } = prepare();
  const findings = scan(dir);
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  else console.log(`scan folder kept: ${dir}`);

  const canary = findings.filter((f) => f.file?.startsWith('probes/insecure-canary'));
  if (!canary.some((f) => f.severity === 'HIGH')) problems.push('the insecure canary raised no HIGH finding: the scanner did not really run');
  // The probe stands for the real main window, so its findings are the app's.
  const app = findings.filter((f) => !f.file?.startsWith('probes/insecure-canary'));
  const explained = (f) => allow.find((a) => a.check === f.check && (!a.severity || a.severity === f.severity) && (!a.files || new RegExp(a.files).test(f.file ?? '')));
  for (const f of app) {
    const reason = explained(f);
    console.log(`${f.severity.padEnd(8)} ${f.check} ${f.file}:${f.location} — ${reason ? `explained: ${reason.reason}` : f.description}`);
    if (f.severity === 'HIGH' && !reason) problems.push(`unexplained HIGH ${f.check} at ${f.file}:${f.location}: ${f.description}`);
  }
  const count = (s) => app.filter((f) => f.severity === s).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (!built) console.log('note: out/ not built (npm run build), only the sources were scanned');
  for (const p of problems) console.error(`✗ ${p}`);
  console.log(`findings: ${count('HIGH')} HIGH, ${count('MEDIUM')} MEDIUM, ${count('LOW')} LOW, ${count('INFORMATIONAL')} informational; canary ${canary.length} (expected); ${seconds} s`);
  console.log(`electronegativity: ${problems.length === 0 ? 1 : 0} passed, ${problems.length} failed`);
  process.exit(problems.length === 0 ? 0 : 1);
}

main();
