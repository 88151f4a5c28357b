// Offline check of electron-builder.yml with electron-builder's own loader and JSON-schema
// validation (app-builder-lib), plus the project rules electron-builder cannot know.
// Usage: node tests/builder/validate.mjs   → prints `builder: N passed, N failed`, exits 1 on failure.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Named nodeRequire: electron-vite's ESM shim owns `require` in bundles (stack.md trap).
const nodeRequire = createRequire(import.meta.url);
// app-builder-lib has no "exports" map, so its internals are reachable by path.
const { getConfig, validateConfiguration } = nodeRequire('app-builder-lib/out/util/config/config.js');
const { checkMetadata } = nodeRequire('app-builder-lib/out/util/packageMetadata.js');
const { DebugLogger } = nodeRequire('builder-util');

const results = [];
async function check(name, fn) {
  try {
    const detail = await fn();
    results.push(true);
    console.log(`ok   ${name}${typeof detail === 'string' ? ` (${detail})` : ''}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
const asArray = (value) => (value == null ? [] : Array.isArray(value) ? value : [value]);
const targetNames = (platform) => asArray(platform?.target).map((t) => (typeof t === 'string' ? t : t.target));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file) {
  const bytes = readFileSync(file);
  assert(bytes.subarray(1, 4).toString('latin1') === 'PNG', `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
let config;

await check('electron-builder.yml loads through electron-builder', async () => {
  assert(existsSync(resolve(root, 'electron-builder.yml')), 'electron-builder.yml is missing');
  config = await getConfig(root, resolve(root, 'electron-builder.yml'), null);
});
if (!config) {
  console.log('builder: 0 passed, 1 failed');
  process.exit(1);
}

await check('config passes electron-builder schema validation', () => validateConfiguration(config, new DebugLogger(false)));
await check('the schema validator is live (rejects a broken copy)', async () => {
  const broken = { ...config, nsis: { ...config.nsis, oneClick: 'maybe' } };
  const rejected = await validateConfiguration(broken, new DebugLogger(false)).then(() => false, () => true);
  assert(rejected, 'a config with nsis.oneClick: "maybe" was accepted');
});
await check('package.json metadata is accepted by electron-builder', () => {
  checkMetadata(pkg, pkg, resolve(root, 'package.json'), resolve(root, 'package.json'));
  assert(!('electron' in (pkg.dependencies ?? {})), 'electron must be a devDependency');
});
await check('appId, productName and output folders', () => {
  assert(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/.test(config.appId ?? ''), `appId: ${config.appId}`);
  assert(config.productName === 'Peka', `productName: ${config.productName}`);
  assert(config.directories?.output === 'release', `output: ${config.directories?.output}`);
  assert(config.directories?.buildResources === 'resources/build', `buildResources: ${config.directories?.buildResources}`);
  return config.appId;
});
await check('files pack the built bundles only', () => {
  const patterns = asArray(config.files).flatMap((entry) => (typeof entry === 'string' ? [entry] : asArray(entry.filter)));
  assert(patterns.includes('out/**') && patterns.includes('package.json'), `files: ${patterns.join(', ')}`);
  const sources = patterns.filter((p) => !p.startsWith('!') && /^(electron|renderer|shared|tests|src)\b/.test(p));
  assert(sources.length === 0, `source folders packed: ${sources.join(', ')}`);
  assert(pkg.main?.startsWith('out/'), `package.json main (${pkg.main}) is not under out/`);
  return patterns.join(', ');
});
await check('linux: AppImage and deb, category Office, maintainer set', () => {
  const targets = targetNames(config.linux);
  assert(targets.includes('AppImage') && targets.includes('deb'), `targets: ${targets}`);
  assert(config.linux?.category === 'Office', `category: ${config.linux?.category}`);
  assert(/.+<.+@.+>/.test(config.linux?.maintainer ?? ''), `maintainer: ${config.linux?.maintainer}`);
  return targets.join(', ');
});
await check('windows: assisted nsis installer in Bahasa Indonesia', () => {
  assert(targetNames(config.win).includes('nsis'), `targets: ${targetNames(config.win)}`);
  assert(config.nsis?.oneClick === false, 'nsis.oneClick must be false');
  assert(config.nsis?.allowToChangeInstallationDirectory === true, 'nsis.allowToChangeInstallationDirectory must be true');
  assert(asArray(config.nsis?.installerLanguages).includes('id_ID'), 'nsis.installerLanguages lacks id_ID');
});
await check('icon exists, is a square PNG of at least 256 px', () => {
  const icon = resolve(root, config.icon ?? '');
  assert(config.icon && existsSync(icon), `icon missing: ${config.icon}`);
  const { width, height } = pngSize(icon);
  assert(width >= 256 && width === height, `${width}x${height}`);
  return `${config.icon} ${width}x${height}`;
});

const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`builder: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
