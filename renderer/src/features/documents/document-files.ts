/**
 * Predictable, safe file names for exported documents: year, period code, document slug, NIP and
 * the name in ASCII ("2026-TW1-dokumen-evaluasi-199512162025062001-siti-nurhaliza.pdf"), so a
 * folder of them sorts by period and is searchable by NIP on any file system.
 */
import type { Employee } from '@shared/schemas/entities';
import type { Period } from '@shared/schemas/skp';
import { DOCUMENT_KINDS, type DocumentKind } from './document-kinds';

/** ASCII words joined by hyphens: accents dropped, anything else becomes a separator. */
export function slugify(text: string, maxLength = 60): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, maxLength).replace(/-+$/g, '') || 'tanpa-nama';
}

const PERIOD_PREFIX: Record<Period['type'], string> = { triwulan: 'TW', semester: 'SM', bulanan: 'B' };

/** "TW1", "SM2", "B03": sorts in calendar order within a year. */
export function periodCode(period: Pick<Period, 'type' | 'index'>): string {
  const n = period.type === 'bulanan' ? String(period.index).padStart(2, '0') : String(period.index);
  return `${PERIOD_PREFIX[period.type]}${n}`;
}

/**
 * `<year>[-<period>]-<slug>-<nip>-<name>.pdf`. A document of the whole year (the SKP) carries no
 * period code. A person without NIP (only a Kepala Daerah) gets "tanpa-nip".
 */
export function documentFileName(kind: DocumentKind, employee: Pick<Employee, 'nip' | 'name'>, period: Pick<Period, 'year' | 'type' | 'index'>): string {
  const spec = DOCUMENT_KINDS[kind];
  const head = spec.scope === 'year' ? String(period.year) : `${period.year}-${periodCode(period)}`;
  const nip = employee.nip && /^\d{18}$/.test(employee.nip) ? employee.nip : 'tanpa-nip';
  return `${head}-${spec.slug}-${nip}-${slugify(employee.name)}.pdf`;
}

/** The name of a bulk export: `<year>-<period>-<slug>-<unit>[-sub-unit].zip|-cetak.pdf`, or a folder with no extension. */
export function bulkFileName(kind: DocumentKind, unitName: string, period: Pick<Period, 'year' | 'type' | 'index'>, opts: { includeSubUnits: boolean; output: 'zip' | 'pdf' | 'folder' }): string {
  const spec = DOCUMENT_KINDS[kind];
  const head = spec.scope === 'year' ? String(period.year) : `${period.year}-${periodCode(period)}`;
  const scope = opts.includeSubUnits ? '' : '-tanpa-sub-unit';
  const suffix = opts.output === 'pdf' ? '-cetak.pdf' : opts.output === 'zip' ? '.zip' : '';
  return `${head}-${spec.slug}-${slugify(unitName, 50)}${scope}${suffix}`;
}
