/**
 * The demo agency in a fake IndexedDB, loaded exactly as the app does on first start. Dexie is
 * pointed at fake-indexeddb explicitly: Dexie reads the global indexedDB when it is first loaded,
 * and a bundle does not promise that 'fake-indexeddb/auto' runs before that.
 */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { AppDb } from '../renderer/src/db/db';
import { ensureInitialised } from '../renderer/src/features/settings/settings.commands';

export async function demoDatabase(name: string): Promise<AppDb> {
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const db = new AppDb(`${name}-${Date.now()}`);
  await ensureInitialised(db);
  return db;
}
