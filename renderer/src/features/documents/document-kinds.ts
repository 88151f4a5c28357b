/**
 * The document types of the Dokumen area, as data: a fourth type (the training recommendation list)
 * is one more entry here with its model type in `ModelOf`. Pure (no Dexie, no React), because the
 * render worker builds the pdfmake definition from a job with this table: a definition carries
 * functions (the footer) that cannot cross postMessage, a model and its meta can.
 */
import { documentLogo, type DocumentMeta } from '@shared/documents/common';
import { dokumenEvaluasi, type DokumenEvaluasiModel } from '@shared/documents/dokumen-evaluasi';
import { evaluasiDocument, type EvaluasiModel } from '@shared/documents/evaluasi-document';
import type { DocDefinition } from '@shared/documents/pdf-types';
import { skpDocument } from '@shared/documents/skp-document';
import type { MessageKey } from '@shared/i18n/translate';
import type { Skp } from '@shared/schemas/skp';
import { buildDokumenEvaluasiModel, buildEvaluasiModel, type DocumentData, type DocumentSource, evaluationSource, skpSource } from './document-models';

export type ModelOf = {
  'dokumen-evaluasi': DokumenEvaluasiModel;
  evaluasi: EvaluasiModel;
  skp: Skp;
};
export type DocumentKind = keyof ModelOf;

export interface DocumentKindSpec<M> {
  label: MessageKey;
  /** Part of the file name: "2026-TW1-<slug>-<nip>-<name>.pdf". */
  slug: string;
  /** A document of the whole year (SKP) or of one period. */
  scope: 'year' | 'period';
  /** The form has the two signature places (Pegawai yang Dinilai, Pejabat Penilai Kinerja). */
  signed: boolean;
  source(data: DocumentData, employeeId: string): DocumentSource<M>;
  definition(model: M, meta: DocumentMeta): DocDefinition;
}

export const DOCUMENT_KINDS: { [K in DocumentKind]: DocumentKindSpec<ModelOf[K]> } = {
  'dokumen-evaluasi': {
    label: 'docs.kind.dokumen-evaluasi',
    slug: 'dokumen-evaluasi',
    scope: 'period',
    signed: true,
    source: (data, employeeId) => evaluationSource(data, employeeId, 'DEK', buildDokumenEvaluasiModel),
    definition: dokumenEvaluasi,
  },
  evaluasi: {
    label: 'docs.kind.evaluasi',
    slug: 'evaluasi-kinerja',
    scope: 'period',
    signed: true,
    source: (data, employeeId) => evaluationSource(data, employeeId, 'EKP', buildEvaluasiModel),
    definition: evaluasiDocument,
  },
  skp: {
    label: 'docs.kind.skp',
    slug: 'skp',
    scope: 'year',
    signed: true,
    source: skpSource,
    definition: skpDocument,
  },
};

export const DOCUMENT_KIND_ORDER = Object.keys(DOCUMENT_KINDS) as DocumentKind[];

/** What the worker needs to render one document: structured-clone safe (Maps are fine). */
export type DocumentJob = { [K in DocumentKind]: { kind: K; model: ModelOf[K]; meta: DocumentMeta; draft: boolean } }[DocumentKind];

/** The source of one person's document of a kind, whatever the kind. */
export function sourceOf(kind: DocumentKind, data: DocumentData, employeeId: string): DocumentSource<ModelOf[DocumentKind]> {
  return (DOCUMENT_KINDS[kind] as DocumentKindSpec<ModelOf[DocumentKind]>).source(data, employeeId);
}

/**
 * The meta printed with a document: agency and its logo, place and date, paper from Settings. The
 * date is the day the record was finalised (approved), else today. Never "signed" here: only the
 * signing step turns that on, so an unsigned file always asks for wet signatures.
 */
export function metaFor(data: Pick<DocumentData, 'settings'>, source: { documentId: string; signingDate: string | null }, today: string): DocumentMeta {
  const logo = documentLogo(data.settings.logo);
  return {
    agencyName: data.settings.agencyName,
    ...(logo ? { logo } : {}),
    signingPlace: data.settings.signingPlace,
    signingDate: source.signingDate ?? today,
    paper: data.settings.paperSize,
    documentId: source.documentId,
    signedElectronically: false,
  };
}

export function jobFor(kind: DocumentKind, data: DocumentData, employeeId: string, today: string, meta: Partial<DocumentMeta> = {}): DocumentJob | null {
  const source = sourceOf(kind, data, employeeId);
  if (!source.ok) return null;
  return { kind, model: source.model, meta: { ...metaFor(data, source, today), ...meta }, draft: source.draft } as DocumentJob;
}

/** The pdfmake definition of a job; a draft carries a DRAF watermark so it is never mistaken for the final. */
export function definitionOf(job: DocumentJob): DocDefinition & { watermark?: unknown } {
  const spec = DOCUMENT_KINDS[job.kind] as DocumentKindSpec<ModelOf[DocumentKind]>;
  const def = spec.definition(job.model, job.meta);
  return job.draft ? { ...def, watermark: { text: 'DRAF', color: '#b03a2e', opacity: 0.12, bold: true } } : def;
}
