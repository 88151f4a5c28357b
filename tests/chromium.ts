import { existsSync } from 'node:fs';

/**
 * Which Chromium the tests drive: PEKA_CHROMIUM if set, else Debian's /usr/bin/chromium, else
 * Playwright's own browser (npx playwright install chromium) by leaving the path undefined.
 */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env['PEKA_CHROMIUM'];
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  return undefined;
}

/** Flags for a closed network: no background traffic that this machine would refuse. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
