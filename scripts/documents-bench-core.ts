/** What the documents benchmark's main thread and its workers share. */
import type { IdentitySnapshot } from '@shared/schemas/skp';
import type { DocumentJob } from '../renderer/src/features/documents/document-kinds';
import type { RenderedDocument } from '../renderer/src/features/documents/render-protocol';
import { createNativeSigner } from '../electron/main/signing/native-signer';
import { signBoth, type Signer } from './documents-sign';

/** Two trial identities (certificate DER, PKCS#8 key): one signs as every pegawai, one as every penilai. */
export type BenchIdentities = { pegawai: { certificate: Uint8Array; key: Uint8Array }; penilai: { certificate: Uint8Array; key: Uint8Array } };

/**
 * Key generation is not what the benchmark measures, so two certificates stand in for everyone;
 * the printed name and NIP in each signature block are still the person's own.
 */
export function benchSigner(ids: BenchIdentities): (person: IdentitySnapshot, role: 'pegawai' | 'penilai') => Signer {
  const sign = { pegawai: createNativeSigner(ids.pegawai.key), penilai: createNativeSigner(ids.penilai.key) };
  return (person, role) => ({ name: person.name, nip: person.nip ?? '-', certificate: ids[role].certificate, signData: sign[role] });
}

export async function renderAndSign(job: DocumentJob, location: string, signerOf: ReturnType<typeof benchSigner>, render: (job: DocumentJob) => Promise<RenderedDocument>): Promise<Uint8Array> {
  const signedJob = { ...job, meta: { ...job.meta, signedElectronically: true } } as DocumentJob;
  const { bytes, boxes } = await render(signedJob);
  const subject = signedJob.kind === 'skp' ? signedJob.model : signedJob.model.evaluation;
  return signBoth(bytes, boxes, { documentId: job.meta.documentId, location, pegawai: subject.pegawai, penilai: subject.penilai }, (p, role) => Promise.resolve(signerOf(p, role)));
}
