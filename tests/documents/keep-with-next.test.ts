import { describe, expect, it } from 'vitest';
import { baseDefinition, KEEP_WITH_NEXT } from '../../shared/documents/common';
import { hasilKerjaTable } from '../../shared/documents/skp-document';
import { sampleMeta, sampleSkp } from './fixtures';
import { toTempFile, wordBoxes } from './pdf-tools';
import { renderPdf } from './render-node';

/** Where the "HASIL KERJA" label and the table's first "NO" header land, with `gap` points of filler above. */
async function place(gap: number) {
  const meta = sampleMeta();
  const def = baseDefinition(meta, 'landscape', 'uji', [
    { text: 'Pengisi', margin: [0, gap, 0, 0] },
    { text: 'LABELUJI KERJA', bold: true, ...KEEP_WITH_NEXT },
    hasilKerjaTable(sampleSkp()),
  ]);
  const { bytes } = await renderPdf(def);
  const words = wordBoxes(toTempFile(bytes, `keep-${gap}.pdf`));
  const label = words.find((w) => w.word === 'LABELUJI')!;
  const header = words.find((w) => w.word === 'NO' && (w.page > label.page || w.yMin > label.yMin))!;
  return { label, header };
}

describe('a label stays with the table it names (KEEP_WITH_NEXT)', () => {
  it('near the foot of a page it moves to the next page, on top of its table', async () => {
    // About 40 pt are left under the label: not room for the table's header rows and a first row.
    const { label, header } = await place(430);
    expect(label.page).toBe(2);
    expect(header.page).toBe(2);
    expect(header.yMin - label.yMax).toBeLessThan(30);
  }, 30_000);

  it('with room below it, it stays where it is', async () => {
    const { label, header } = await place(100);
    expect(label.page).toBe(1);
    expect(header.page).toBe(1);
  }, 30_000);
});
