/** Every Indonesian area file (id.ts merges them; a test checks no key is in two). */
export { idCore } from './core';
export { idDocuments } from './documents';
export { idEmployees } from './employees';
export { idEvaluation } from './evaluation';
export { idSkp } from './skp';
export { idSystem } from './system';
export { idTraining } from './training';
