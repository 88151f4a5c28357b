import { z } from 'zod';
import {
  GOLONGAN_PPPK,
  GOLONGAN_RUANG,
  JENIS_JABATAN,
  JENIS_KELAMIN,
  JENIS_PEGAWAI,
  JENIS_UNIT,
  JENJANG_JF,
  KELOMPOK_PELAKSANA,
  STATUS_PEGAWAI,
} from '../domain/reference';
import { ACCESS_ROLES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from '../domain/access';
import { AgencyLogoSchema } from './agency-logo';

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berformat TTTT-BB-HH');
/** ISO timestamp as produced by Date.prototype.toISOString. */
export const IsoDateTimeSchema = z.string().datetime();
/** Stable record id (kept across desks, see the exchange issue). */
export const IdSchema = z.string().min(1).max(64);

export const PAPER_SIZES = ['A4', 'F4'] as const;
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const SettingsSchema = z.object({
  id: z.literal('app'),
  agencyName: z.string().trim().min(1, 'Nama instansi wajib diisi').max(200),
  signingPlace: z.string().trim().min(1, 'Tempat penandatanganan wajib diisi').max(100),
  /** Printed at the left of every document's header (domain.md §13); PNG or JPEG, checked by its bytes. */
  logo: AgencyLogoSchema.optional(),
  paperSize: z.enum(PAPER_SIZES),
  locale: z.enum(LOCALES),
  /**
   * Rounding of the curve's limits for small units: not regulated (domain.md §6), so configurable;
   * default "at most" = floor, "at least" = ceil.
   */
  curveRounding: z.object({ atMost: z.enum(['floor', 'ceil', 'round']), atLeast: z.enum(['floor', 'ceil', 'round']) }).optional(),
  /** The employee who works at this desk (a supervisor or HR staff), for "my team" views. */
  deskEmployeeId: IdSchema.optional(),
  /** When the demo agency was (re)loaded; absent when the user started with their own data. */
  demoLoadedAt: IsoDateTimeSchema.optional(),
  /** This desk's random identity, named in the backups and exchange packages it makes (shared/backup). */
  deskId: z.string().min(1).max(64).optional(),
  /** Who works at this desk and in which role (shared/domain/access.ts); absent = HR, everything visible. */
  deskProfile: z
    .object({ role: z.enum(ACCESS_ROLES), employeeId: IdSchema.optional(), name: z.string().trim().min(1).max(150) })
    .optional(),
  /**
   * The optional app password, as a PBKDF2-SHA256 hash (never the password), with idle auto-lock.
   * A lock for a shared desk, not encryption of the database.
   */
  appLock: z
    .object({
      salt: z.string().regex(/^[0-9a-f]{32,128}$/),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      iterations: z.number().int().min(600_000).max(50_000_000),
      idleMinutes: z.number().int().min(MIN_IDLE_MINUTES).max(MAX_IDLE_MINUTES),
    })
    .optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  id: 'app',
  agencyName: 'PEMERINTAH KOTA TANGERANG SELATAN',
  signingPlace: 'Tangerang Selatan',
  paperSize: 'A4',
  locale: 'id',
};

export const UnitSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1).max(200),
  kind: z.enum(JENIS_UNIT),
  parentId: IdSchema.nullable(),
  /** The employee who heads the unit (null when the post is vacant). */
  headEmployeeId: IdSchema.nullable(),
  shortName: z.string().max(40).optional(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const PositionSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1).max(200),
    type: z.enum(JENIS_JABATAN),
    unitId: IdSchema,
    pelaksanaGroup: z.enum(KELOMPOK_PELAKSANA).optional(),
    jfLevel: z.enum(JENJANG_JF).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.type === 'pelaksana' && !p.pelaksanaGroup) {
      ctx.addIssue({ code: 'custom', path: ['pelaksanaGroup'], message: 'Jabatan pelaksana memerlukan kelompok (Klerek, Operator, atau Teknisi)' });
    }
    if ((p.type === 'jf-keahlian' || p.type === 'jf-keterampilan') && !p.jfLevel) {
      ctx.addIssue({ code: 'custom', path: ['jfLevel'], message: 'Jabatan fungsional memerlukan jenjang' });
    }
  });
export type Position = z.infer<typeof PositionSchema>;

export const EmployeeSchema = z.object({
  id: IdSchema,
  kind: z.enum(JENIS_PEGAWAI),
  /** NIP (PNS) or NI PPPK, digits only; absent for a Kepala Daerah (domain.md §7: printed as "-"). */
  nip: z.string().regex(/^\d{18}$/, 'NIP harus 18 digit angka').optional(),
  name: z.string().trim().min(1, 'Nama wajib diisi').max(150),
  gelarDepan: z.string().max(40).optional(),
  gelarBelakang: z.string().max(60).optional(),
  birthDate: IsoDateSchema,
  sex: z.enum(JENIS_KELAMIN),
  /** PNS only. */
  golonganRuang: z.enum(GOLONGAN_RUANG).optional(),
  /** PPPK only. */
  golonganPppk: z.enum(GOLONGAN_PPPK).optional(),
  positionId: IdSchema,
  unitId: IdSchema,
  status: z.enum(STATUS_PEGAWAI),
  /** Lower-case "name nip" used by the search index. Derived; kept in step by every write. */
  searchKey: z.string(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
});
export type Employee = z.infer<typeof EmployeeSchema>;

export const AUDIT_ACTIONS = ['create', 'update', 'deactivate', 'delete', 'import', 'reset', 'settings'] as const;

export const AuditEntrySchema = z.object({
  /** Auto-increment key, assigned by the database. */
  id: z.number().int().positive().optional(),
  at: IsoDateTimeSchema,
  /** Who did it: the desk profile's user name, or "sistem" for automatic work. */
  actor: z.string().min(1),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.string().min(1),
  entityId: z.string(),
  summary: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).optional(),
  /** The hash of the entry before this one (all zeros for the first): the chain's link. */
  prevHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** SHA-256 over prevHash and this entry's content (shared/domain/audit-chain.ts). */
  hash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** The lower-case search key of an employee: full name with titles, and the NIP digits. */
export function employeeSearchKey(e: Pick<Employee, 'name' | 'nip'>): string {
  return `${e.name} ${e.nip ?? ''}`.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Full name as printed: gelar depan, name, gelar belakang ("Dr. Siti Aminah, S.Kom., M.M."). */
export function fullName(e: Pick<Employee, 'name' | 'gelarDepan' | 'gelarBelakang'>): string {
  const front = e.gelarDepan ? `${e.gelarDepan} ` : '';
  const back = e.gelarBelakang ? `, ${e.gelarBelakang}` : '';
  return `${front}${e.name}${back}`;
}
