/**
 * Employee import and export, the pure part: cells → mapped columns → checked rows → preview and
 * commit plan; employees → export rows. File reading and writing live in renderer/src/features/import.
 */
export * from './cells';
export * from './fields';
export * from './values';
export * from './golongan';
export * from './units';
export * from './positions';
export * from './table';
export * from './row';
export * from './compose';
export * from './new-positions';
export * from './preview';
export * from './export-rows';
