import { describe, expect, it } from 'vitest';
import { benchmarkSigning } from './signing-benchmark';

/**
 * Keeps the signing micro-benchmark working (`npm run bench` reports its numbers against the issue's
 * floor of 10 ms per signature). No timing is asserted here: the machine's load decides those.
 */
describe('signing benchmark', () => {
  it('signs a handful of documents and reports every figure as a sane number', async () => {
    const result = await benchmarkSigning({ documents: 5, forgeSamples: 1 });
    expect(result.documents).toBe(5);
    expect(result.pdfBytes).toBeGreaterThan(1000);
    for (const v of [result.signPdfMs, result.signPdfMedianMs, result.signPdfCpuMs, result.nativeKeyOpMs, result.forgeKeyOpMs]) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThan(0);
    }
  }, 120_000);
});
