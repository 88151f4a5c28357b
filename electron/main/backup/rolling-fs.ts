import * as fs from 'node:fs/promises';
import type { RollingFs } from './rolling.handlers';

/** node:fs/promises as the rolling-backup handlers use it. */
export const nodeRollingFs: RollingFs = {
  readFile: (p) => fs.readFile(p),
  writeFile: (p, d) => fs.writeFile(p, d),
  rename: (a, b) => fs.rename(a, b),
  readdir: (p) => fs.readdir(p),
  unlink: (p) => fs.unlink(p),
  stat: (p) => fs.stat(p),
};
