import { type TrustedCertificate, TrustedCertificateSchema } from '@shared/schemas/signing';
import { appendAudit, DESK_ACTOR } from '../../db/audit';
import type { AppDb } from '../../db/db';

/** Public part of a certificate file, or why none could be read. */
export type CertificateRead = { ok: true; der: Uint8Array } | { ok: false; code: string };

const PEM = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/;

function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/\s+/g, ''));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const isPkcs12Name = (fileName: string): boolean => /\.(p12|pfx)$/i.test(fileName);

/**
 * Reads a .cer/.crt/.der (DER), .pem (Base64) or .p12/.pfx file. For a .p12 the password opens it
 * and only its certificate is kept: the private key is wiped at once and never stored.
 */
export async function readCertificateFile(fileName: string, bytes: Uint8Array, password = ''): Promise<CertificateRead> {
  const { openPkcs12, parseCertificate, isSigningError } = await import('@shared/signing');
  if (isPkcs12Name(fileName)) {
    try {
      const identity = openPkcs12(bytes, password);
      identity.privateKeyPkcs8.fill(0);
      return { ok: true, der: identity.certificate };
    } catch (e) {
      return { ok: false, code: isSigningError(e) ? e.code : 'signing/invalid-certificate' };
    }
  }
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024));
  const pem = PEM.exec(text);
  let der: Uint8Array = bytes;
  try {
    if (pem?.[1]) der = fromBase64(pem[1]);
    parseCertificate(der);
    return { ok: true, der };
  } catch {
    return { ok: false, code: 'signing/not-a-certificate' };
  }
}

/** Adds a certificate to the trust list; adding one already there changes nothing. */
export async function addTrustedCertificate(db: AppDb, der: Uint8Array, now: Date = new Date()): Promise<{ ok: true; id: string; existed: boolean }> {
  const { describeCertificate, parseCertificate } = await import('@shared/signing');
  const info = describeCertificate(parseCertificate(der));
  return db.transaction('rw', [db.trustedCertificates, db.audit], async () => {
    const existing = await db.trustedCertificates.where('fingerprint').equals(info.sha256).first();
    if (existing) return { ok: true as const, id: existing.id, existed: true };
    const at = now.toISOString();
    const row: TrustedCertificate = TrustedCertificateSchema.parse({ id: crypto.randomUUID(), fingerprint: info.sha256, der: der.slice(), info, addedAt: at });
    await db.trustedCertificates.add(row);
    const trial = info.trial ? ' (sertifikat uji coba)' : '';
    await appendAudit(db, { at, actor: DESK_ACTOR, action: 'create', entity: 'trusted-certificate', entityId: row.id, summary: `Sertifikat tepercaya ditambahkan: ${info.subject}${trial}, serial ${info.serialNumber}, SHA-256 ${info.sha256.slice(0, 12)}…` });
    return { ok: true as const, id: row.id, existed: false };
  });
}

export async function removeTrustedCertificate(db: AppDb, id: string, now: Date = new Date()): Promise<boolean> {
  return db.transaction('rw', [db.trustedCertificates, db.audit], async () => {
    const before = await db.trustedCertificates.get(id);
    if (!before) return false;
    await db.trustedCertificates.delete(id);
    await appendAudit(db, { at: now.toISOString(), actor: DESK_ACTOR, action: 'delete', entity: 'trusted-certificate', entityId: id, summary: `Sertifikat tepercaya dihapus: ${before.info.subject}, serial ${before.info.serialNumber}` });
    return true;
  });
}
