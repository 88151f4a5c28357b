/**
 * Bukti dukung (evidence) rules (domain.md §2 step 2): which files are accepted, judged by their
 * content (magic bytes) and not only by their name, the size limit, and which links are accepted.
 */

export const EVIDENCE_FILE_TYPES = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  png: { mime: 'image/png', extensions: ['png'] },
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
} as const;
export type EvidenceFileType = keyof typeof EVIDENCE_FILE_TYPES;

export const EVIDENCE_EXTENSIONS: readonly string[] = Object.values(EVIDENCE_FILE_TYPES).flatMap((t) => [...t.extensions]);

/** Default size limit of one evidence file (configurable by HR, domain.md §13). */
export const DEFAULT_EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export type EvidenceProblem =
  | { code: 'monitor/evidence-empty'; params: { file: string } }
  | { code: 'monitor/evidence-too-large'; params: { file: string; size: number; limit: number } }
  | { code: 'monitor/evidence-type'; params: { file: string } };

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Whether the bytes contain an ASCII marker (a zip entry name such as "word/"). */
function contains(bytes: Uint8Array, marker: string): boolean {
  const sig = ascii(marker);
  const first = sig[0]!;
  for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - sig.length; i = bytes.indexOf(first, i + 1)) {
    if (sig.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * The type of an evidence file from its first bytes: %PDF-, the PNG and JPEG signatures, or a ZIP
 * (Office Open XML) whose entries are those of a workbook ("xl/") or a document ("word/").
 */
export function sniffEvidenceType(fileName: string, bytes: Uint8Array): EvidenceFileType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const ext = extensionOf(fileName);
    if (ext === 'xlsx' && contains(bytes, 'xl/')) return 'xlsx';
    if (ext === 'docx' && contains(bytes, 'word/')) return 'docx';
  }
  return null;
}

export type CheckedEvidenceFile = { ok: true; type: EvidenceFileType; mime: string } | { ok: false; problem: EvidenceProblem };

/** Checks one file before anything is written: not empty, within the limit, an accepted type. */
export function checkEvidenceFile(fileName: string, bytes: Uint8Array, maxBytes: number): CheckedEvidenceFile {
  if (bytes.byteLength === 0) return { ok: false, problem: { code: 'monitor/evidence-empty', params: { file: fileName } } };
  if (bytes.byteLength > maxBytes) {
    return { ok: false, problem: { code: 'monitor/evidence-too-large', params: { file: fileName, size: bytes.byteLength, limit: maxBytes } } };
  }
  const type = sniffEvidenceType(fileName, bytes);
  if (!type) return { ok: false, problem: { code: 'monitor/evidence-type', params: { file: fileName } } };
  return { ok: true, type, mime: EVIDENCE_FILE_TYPES[type].mime };
}

const WEB_ADDRESS = /^https?:\/\/(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?(?:[/?#]\S*)?$/i;

/** A link evidence must be a web address (http or https): no file:, javascript: or data: URLs. */
export function checkEvidenceLink(text: string): { ok: true; url: string } | { ok: false; code: 'monitor/link-invalid' } {
  const url = text.trim();
  return WEB_ADDRESS.test(url) && url.length <= 2000 ? { ok: true, url } : { ok: false, code: 'monitor/link-invalid' };
}

/** Size as people read it, Indonesian style: "820 KB", "1,5 MB", "10 MB". */
export function formatBytes(bytes: number, decimal: ',' | '.' = ','): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? String(value) : String(Math.round(value * 10) / 10).replace('.', decimal);
  return `${rounded} ${units[unit]}`;
}
