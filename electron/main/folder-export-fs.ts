import { rmSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import type { FolderFs } from './folder-export';

/** node:fs as the folder export uses it. */
export const nodeFolderFs: FolderFs = {
  mkdir: (p) => fs.mkdir(p),
  writeFile: (p, d, o) => fs.writeFile(p, d, o),
  rename: (a, b) => fs.rename(a, b),
  rm: (p, o) => fs.rm(p, o),
  rmSync: (p, o) => rmSync(p, o),
  exists: (p) =>
    fs.access(p).then(
      () => true,
      () => false,
    ),
};
