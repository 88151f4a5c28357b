import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_CSP, DEV_CSP, normalizeCsp, relaxMetaCspForDev, withCspHeader } from './csp';

function metaCsp(html: string): string | undefined {
  const tag = html.match(/<meta[^>]*http-equiv="Content-Security-Policy"[^>]*>/i)?.[0];
  return tag?.match(/content="([^"]*)"/i)?.[1];
}

describe('CSP', () => {
  it('renderer/index.html carries exactly the CSP main sends', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = metaCsp(html);
    expect(meta, 'renderer/index.html has no CSP meta tag').toBeDefined();
    expect(normalizeCsp(meta ?? '')).toBe(APP_CSP);
  });

  it('is strict: no inline or eval scripts, no plugins, no base rewriting', () => {
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).not.toContain('unsafe-eval');
    expect(APP_CSP).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(APP_CSP).toContain("object-src 'none'");
    expect(APP_CSP).toContain("base-uri 'none'");
  });

  it('relaxes only scripts and websockets for the dev server', () => {
    expect(DEV_CSP).toContain("script-src 'self' 'unsafe-inline'");
    expect(DEV_CSP).not.toContain('unsafe-eval');
    expect(DEV_CSP).toContain("object-src 'none'");
  });

  it('replaces a server CSP header whatever its casing', () => {
    const headers = withCspHeader({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }, APP_CSP);
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [APP_CSP] });
  });

  it('the dev server page gets the relaxed policy, and only when it carried ours', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    expect(normalizeCsp(metaCsp(relaxMetaCspForDev(html)) ?? '')).toBe(DEV_CSP);
    const other = '<meta http-equiv="Content-Security-Policy" content="default-src *" />';
    expect(relaxMetaCspForDev(other)).toBe(other);
  });
});
