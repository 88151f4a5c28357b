/**
 * Indonesian UI text: the default language and the source of every message key, kept in one file
 * per area under id/. English (en.ts, en/) must provide the same keys; the compiler enforces it.
 * Placeholders are written {name} and filled by translate().
 */
import { idCore, idDocuments, idEmployees, idEvaluation, idSkp, idSystem, idTraining } from './id/index';

export const id = { ...idCore, ...idEmployees, ...idSkp, ...idEvaluation, ...idDocuments, ...idTraining, ...idSystem } as const;

export type MessageKey = keyof typeof id;
