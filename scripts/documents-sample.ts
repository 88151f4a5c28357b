/**
 * `npm run documents:sample -- <folder> [--logo <file.png|jpg>]`: every document type for the demo
 * agency, rendered from the demo database (fake IndexedDB, loaded exactly as on first start) with
 * the app's own loaders, view-model builders and render core, and signed with fresh self-signed
 * certificates where the form has signatures. Drafts are rendered with their DRAF mark and left
 * unsigned. The demo agency has no logo; `--logo` sets one through the Settings command first.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { logoProblemText } from '@shared/schemas/agency-logo';
import { createTranslator } from '@shared/i18n/translate';
import type { Evaluation } from '@shared/schemas/evaluation';
import { documentFileName } from '../renderer/src/features/documents/document-files';
import { DOCUMENT_KIND_ORDER, type DocumentJob, jobFor } from '../renderer/src/features/documents/document-kinds';
import type { DocumentData } from '../renderer/src/features/documents/document-models';
import { loadDocumentData } from '../renderer/src/features/documents/documents.queries';
import { renderJob } from '../renderer/src/features/documents/render-core';
import { setAgencyLogo } from '../renderer/src/features/settings/settings.commands';
import { demoDatabase } from './documents-demo-db';
import { nodePdfmake } from './documents-node';
import { signBoth, trialSigners } from './documents-sign';

/** One person per SKP form and approach: JA/JF kuantitatif, JA/JF kualitatif, JPT. */
function samplePeople(data: DocumentData): Evaluation[] {
  const monitored = new Set(data.feedback.map((f) => f.skpId));
  const picks: Evaluation[] = [];
  for (const [form, approach] of [['ja-jf', 'kuantitatif'], ['ja-jf', 'kualitatif'], ['jpt', 'kuantitatif']] as const) {
    const candidates = [...data.latestByEmployee.values()].filter((e) => {
      const skp = data.skps.get(e.skpId);
      return e.status === 'final' && skp?.form === form && skp.approach === approach;
    });
    const pick = candidates.find((e) => monitored.has(e.skpId) && e.penilai?.nip) ?? candidates.find((e) => monitored.has(e.skpId)) ?? candidates[0];
    if (pick) picks.push(pick);
  }
  return picks;
}

async function renderOne(job: DocumentJob, data: DocumentData, fileName: string, folder: string, signerOf: ReturnType<typeof trialSigners>): Promise<string> {
  const signable = !job.draft;
  const sent = signable ? ({ ...job, meta: { ...job.meta, signedElectronically: true } } as DocumentJob) : job;
  const { bytes, boxes } = await renderJob(nodePdfmake(), sent);
  const subject = job.kind === 'skp' ? job.model : job.model.evaluation;
  const out = signable ? await signBoth(bytes, boxes, { documentId: job.meta.documentId, location: data.settings.signingPlace, pegawai: subject.pegawai, penilai: subject.penilai }, signerOf) : bytes;
  const path = join(folder, fileName);
  writeFileSync(path, out);
  return path;
}

export async function main(args: string[]): Promise<void> {
  const logoAt = args.indexOf('--logo');
  const logoPath = logoAt >= 0 ? args[logoAt + 1] : undefined;
  if (logoAt >= 0 && !logoPath) throw new Error('--logo needs a PNG or JPEG file');
  const folder = resolve(args.find((a, i) => !a.startsWith('-') && (logoAt < 0 || i !== logoAt + 1)) ?? 'documents-sample');
  mkdirSync(folder, { recursive: true });
  const db = await demoDatabase('peka-sample');
  if (logoPath) {
    const set = await setAgencyLogo(db, { fileName: basename(logoPath), data: new Uint8Array(readFileSync(logoPath)) });
    if (!set.ok) throw new Error(set.problem ? logoProblemText(createTranslator('id'), set.problem) : 'Berkas logo tidak dapat dipakai.');
  }
  const today = new Date().toISOString().slice(0, 10);
  const q1 = (await loadDocumentData(db, 'period-2026-triwulan-1'))!;
  const q3 = (await loadDocumentData(db, 'period-2026-triwulan-3'))!;
  const signerOf = trialSigners(q1.settings.agencyName);
  const written: string[] = [];
  for (const ev of samplePeople(q1)) {
    const employee = q1.employees.get(ev.employeeId)!;
    for (const kind of DOCUMENT_KIND_ORDER) {
      const job = jobFor(kind, q1, ev.employeeId, today);
      if (job) written.push(await renderOne(job, q1, documentFileName(kind, employee, q1.period), folder, signerOf));
    }
  }
  // A proposed (draft) evaluation of TRIWULAN III: marked DRAF, unsigned, its footer asks for wet signatures.
  const draft = [...q3.latestByEmployee.values()].find((e) => e.status === 'draft');
  if (draft) {
    const job = jobFor('dokumen-evaluasi', q3, draft.employeeId, today)!;
    written.push(await renderOne(job, q3, documentFileName('dokumen-evaluasi', q3.employees.get(draft.employeeId)!, q3.period).replace('.pdf', '-draf.pdf'), folder, signerOf));
  }
  db.close();
  for (const path of written) console.log(path);
}
