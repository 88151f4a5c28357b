import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useSyncExternalStore } from 'react';
import type { HostOutput } from '@shared/host/contract';
import type { HostApi } from '@shared/host/host-api';
import type { TrustedCertificate } from '@shared/schemas/signing';
import type { SignatureRecordRow } from '@shared/schemas/signing';
import { useDb } from '../../db/db-context';
import { useHost } from '../../host/host-context';

export type SigningStatus = HostOutput<'signing:status'>;

type Store = { status: SigningStatus | null; listeners: Set<() => void>; pending: Promise<void> | null };

// One status per host, shared by every component that shows or uses the loaded certificate.
const stores = new WeakMap<HostApi, Store>();

function storeOf(host: HostApi): Store {
  let store = stores.get(host);
  if (!store) {
    store = { status: null, listeners: new Set(), pending: null };
    stores.set(host, store);
  }
  return store;
}

/** Asks the host which certificate is loaded and tells every subscriber. */
export function refreshSigningStatus(host: HostApi): Promise<void> {
  const store = storeOf(host);
  store.pending ??= host
    .call('signing:status', undefined)
    .then((result) => {
      store.status = result.ok ? result.value : { loaded: false, canRemember: false };
    })
    .finally(() => {
      store.pending = null;
      store.listeners.forEach((listener) => listener());
    });
  return store.pending;
}

/** The loaded certificate (public part only); null while the host is being asked. */
export function useSigningStatus(): SigningStatus | null {
  const host = useHost();
  const store = storeOf(host);
  const status = useSyncExternalStore(
    (listener) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    () => store.status,
  );
  useEffect(() => {
    if (store.status === null) void refreshSigningStatus(host);
  }, [host, store]);
  return status;
}

export function useTrustedCertificates(): TrustedCertificate[] | null {
  const db = useDb();
  return useLiveQuery(async () => (await db.trustedCertificates.toArray()).sort((a, b) => a.info.commonName.localeCompare(b.info.commonName)), [db], null);
}

/** The newest signatures first (at most `limit`). */
export function useSignatureRecords(limit = 200): SignatureRecordRow[] | null {
  const db = useDb();
  return useLiveQuery(() => db.signatureRecords.orderBy('signedAt').reverse().limit(limit).toArray(), [db, limit], null);
}
