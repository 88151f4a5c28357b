import type { Plugin } from 'vite';
import { relaxMetaCspForDev } from '../shared/host/csp.ts';

/**
 * Dev servers only (`npm run dev`, `npm run web`): React Refresh needs an inline preamble and Vite's
 * client a websocket, which the strict meta CSP of renderer/index.html forbids. Builds keep it strict.
 */
export function relaxCspForDev(): Plugin {
  return { name: 'peka:relax-csp-for-dev', apply: 'serve', transformIndexHtml: relaxMetaCspForDev };
}
