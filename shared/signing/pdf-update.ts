/**
 * Appends a signature as an incremental update (ISO 32000-1 §7.5.6) so earlier signatures stay
 * valid: a new signature field + widget with a visible appearance, the page and the AcroForm (or
 * catalog) rewritten with the new references, a classic xref section and a trailer with /Prev.
 * pdf-lib only parses the existing file here; every byte of the original is kept as it is.
 */
import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { concatBytes, latin1Bytes, latin1Text, lastIndexOfAscii } from './bytes';
import type { Appearance } from './appearance';
import { embeddedFontObjects } from './pdf-font';
import { SigningError } from './errors';

export interface SignatureUpdateSpec {
  pageIndex: number;
  /** [x1, y1, x2, y2] in the page's default user space. */
  rect: [number, number, number, number];
  fieldName: string;
  appearance: Appearance;
  /** PDF date string for /M. */
  signingTime: string;
  signerName: string;
  reason: string;
  location?: string;
  /** Bytes reserved for the DER CMS in /Contents. */
  contentsSize: number;
}

export interface PreparedUpdate {
  /** Original bytes + update, /ByteRange filled, /Contents all zeros. */
  bytes: Uint8Array;
  byteRange: [number, number, number, number];
  /** The field name used: spec.fieldName, numbered when the document already has that name. */
  fieldName: string;
}

const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 9999999999 9999999999 9999999999]';
const n = (name: string): PDFName => PDFName.of(name);

function resolve(doc: PDFDocument, obj: PDFObject | undefined): PDFObject | undefined {
  return obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
}

/** The offset after the last `startxref` of the file: where its newest xref section starts. */
function lastStartXref(bytes: Uint8Array): number {
  const at = lastIndexOfAscii(bytes, 'startxref');
  const m = at >= 0 ? /^startxref\s+(\d+)/.exec(latin1Text(bytes, at, Math.min(bytes.length, at + 40))) : null;
  if (!m) throw new SigningError('signing/invalid-pdf', 'no startxref');
  return Number(m[1]);
}

function fieldText(doc: PDFDocument, field: PDFObject | undefined): string {
  const f = resolve(doc, field);
  const t = f instanceof PDFDict ? f.get(n('T')) : undefined;
  return t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : '';
}

function uniqueFieldName(doc: PDFDocument, fields: PDFObject[], wanted: string): string {
  const taken = new Set(fields.map((f) => fieldText(doc, f)));
  let name = wanted;
  for (let i = 2; taken.has(name); i++) name = `${wanted} ${i}`;
  return name;
}

interface Written {
  ref: PDFRef;
  body: string;
}

/** Adds the widget to the AcroForm's /Fields, rewriting the AcroForm where it lives, or adding one. */
function addToAcroForm(doc: PDFDocument, root: PDFRef, widgetRef: PDFRef, wantedName: string, alloc: () => PDFRef, written: Written[]): string {
  const ctx = doc.context;
  const catalog = doc.catalog;
  const acroRaw = catalog.get(n('AcroForm'));
  const acroResolved = resolve(doc, acroRaw);
  const acroForm = acroResolved instanceof PDFDict ? acroResolved : ctx.obj({});
  const fieldsResolved = resolve(doc, acroForm.get(n('Fields')));
  const fields = fieldsResolved instanceof PDFArray ? fieldsResolved.asArray() : [];
  const fieldName = uniqueFieldName(doc, fields, wantedName);
  acroForm.set(n('Fields'), ctx.obj([...fields, widgetRef]));
  acroForm.set(n('SigFlags'), PDFNumber.of(3)); // SignaturesExist | AppendOnly
  if (acroRaw instanceof PDFRef) {
    written.push({ ref: acroRaw, body: acroForm.toString() });
  } else if (acroRaw instanceof PDFDict) {
    written.push({ ref: root, body: catalog.toString() }); // the AcroForm lives inside the catalog
  } else {
    const acroRef = alloc();
    written.push({ ref: acroRef, body: acroForm.toString() });
    catalog.set(n('AcroForm'), acroRef);
    written.push({ ref: root, body: catalog.toString() });
  }
  return fieldName;
}

const text = (s: string): string => PDFHexString.fromText(s).toString();
const numbers = (xs: number[]): string => xs.map((v) => PDFNumber.of(v).toString()).join(' ');

export function prepareSignatureUpdate(original: Uint8Array, doc: PDFDocument, spec: SignatureUpdateSpec): PreparedUpdate {
  const ctx = doc.context;
  const prevXref = lastStartXref(original);
  const sizeMatch = /\/Size\s+(\d+)/.exec(latin1Text(original, Math.min(prevXref, original.length)));
  let next = Math.max(ctx.largestObjectNumber + 1, sizeMatch ? Number(sizeMatch[1]) : 0);
  const alloc = (): PDFRef => PDFRef.of(next++, 0);
  const page = doc.getPages()[spec.pageIndex];
  if (!page) throw new SigningError('signing/page-not-found', String(spec.pageIndex));
  const root = ctx.trailerInfo.Root;
  if (!(root instanceof PDFRef)) throw new SigningError('signing/invalid-pdf', 'no /Root');

  const written: Written[] = [];
  const [widgetRef, sigRef, apRef] = [alloc(), alloc(), alloc()];
  const fieldName = addToAcroForm(doc, root, widgetRef, spec.fieldName, alloc, written);
  const annots = resolve(doc, page.node.get(n('Annots')));
  page.node.set(n('Annots'), ctx.obj([...(annots instanceof PDFArray ? annots.asArray() : []), widgetRef]));
  written.push({ ref: page.ref, body: page.node.toString() });

  const [x1, y1, x2, y2] = spec.rect;
  written.push({
    ref: widgetRef,
    body: `<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/T ${text(fieldName)}\n/V ${sigRef.toString()}\n/F 4\n/P ${page.ref.toString()}\n/Rect [${numbers([x1, y1, x2, y2])}]\n/AP << /N ${apRef.toString()} >>\n>>`,
  });
  // This update's own subsets of the two faces: each signature embeds the glyphs it draws.
  const f1 = embeddedFontObjects(spec.appearance.fonts.F1.font, spec.appearance.fonts.F1.glyphs, alloc);
  const f2 = embeddedFontObjects(spec.appearance.fonts.F2.font, spec.appearance.fonts.F2.glyphs, alloc);
  const stream = spec.appearance.stream;
  // Left uncompressed (~5 KB): deflating it with pdf-lib's pako took ~3.5 ms, a third of the budget.
  written.push({
    ref: apRef,
    body: `<<\n/Type /XObject\n/Subtype /Form\n/BBox [0 0 ${numbers([x2 - x1, y2 - y1])}]\n/Resources << /Font << /F1 ${f1.ref.toString()} /F2 ${f2.ref.toString()} >> /ProcSet [/PDF /Text] >>\n/Length ${latin1Bytes(stream).length}\n>>\nstream\n${stream}\nendstream`,
  });
  written.push(...f1.objects, ...f2.objects);
  // The signature dictionary last: assemble() finds its placeholders searching back from the end,
  // and no font program's bytes may stand between them and the end of the file.
  const location = spec.location ? `/Location ${text(spec.location)}\n` : '';
  written.push({
    ref: sigRef,
    body: `<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /ETSI.CAdES.detached\n${BYTE_RANGE_PLACEHOLDER}\n/Contents <${'0'.repeat(spec.contentsSize * 2)}>\n/M (${spec.signingTime})\n/Name ${text(spec.signerName)}\n/Reason ${text(spec.reason)}\n${location}/Prop_Build << /App << /Name /Peka >> >>\n>>`,
  });
  return { ...assemble(original, doc, written, next, prevXref), fieldName };
}

function assemble(original: Uint8Array, doc: PDFDocument, written: Written[], size: number, prevXref: number): Omit<PreparedUpdate, 'fieldName'> {
  const last = original[original.length - 1];
  let text = last === 0x0a || last === 0x0d ? '' : '\n';
  const offsets = new Map<number, { offset: number; gen: number }>();
  for (const w of written) {
    offsets.set(w.ref.objectNumber, { offset: original.length + text.length, gen: w.ref.generationNumber });
    text += `${w.ref.objectNumber} ${w.ref.generationNumber} obj\n${w.body}\nendobj\n`;
  }
  const xrefOffset = original.length + text.length;
  text += 'xref\n';
  const numbers = [...offsets.keys()].sort((a, b) => a - b);
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    text += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) {
      const e = offsets.get(numbers[k]!)!;
      text += `${String(e.offset).padStart(10, '0')} ${String(e.gen).padStart(5, '0')} n\r\n`;
    }
    i = j + 1;
  }
  const t = doc.context.trailerInfo;
  if (!t.Root) throw new SigningError('signing/invalid-pdf', 'no /Root');
  const extra = [t.Info ? `/Info ${t.Info.toString()}` : '', t.ID ? `/ID ${t.ID.toString()}` : ''].filter(Boolean).join('\n');
  text += `trailer\n<<\n/Size ${size}\n/Root ${t.Root.toString()}\n${extra ? `${extra}\n` : ''}/Prev ${prevXref}\n>>\nstartxref\n${xrefOffset}\n%%EOF\n`;

  const bytes = concatBytes([original, latin1Bytes(text)]);
  const brAt = lastIndexOfAscii(bytes, BYTE_RANGE_PLACEHOLDER);
  const contentsStart = lastIndexOfAscii(bytes, '/Contents <', bytes.length) + '/Contents '.length;
  const contentsEnd = bytes.indexOf(0x3e, contentsStart) + 1;
  const byteRange: [number, number, number, number] = [0, contentsStart, contentsEnd, bytes.length - contentsEnd];
  const filled = `/ByteRange [${byteRange.join(' ')}]`.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' ');
  bytes.set(latin1Bytes(filled), brAt);
  return { bytes, byteRange };
}
