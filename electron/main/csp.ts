import { APP_CSP, DEV_CSP, normalizeCsp, relaxMetaCspForDev } from '@shared/host/csp';

export { APP_CSP, DEV_CSP, normalizeCsp, relaxMetaCspForDev };

/** Returns response headers with our CSP replacing any the server sent (case-insensitively). */
export function withCspHeader(
  headers: Record<string, string[]> | undefined,
  csp: string,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}
