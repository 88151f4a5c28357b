/**
 * What the benchmark runner (plain Node ESM) needs from the TypeScript sources, bundled by
 * vite.bench.config.ts into node_modules/.cache/peka-bench/lib/bench-lib.mjs: Node 20 cannot import .ts itself.
 */
export { generateSyntheticAgency } from '../shared/demo/synthetic';
export { generateDemoAgency } from '../shared/demo/generate';
export { formatPangkatGolongan } from '../shared/domain/pangkat';
export { createRng } from '../shared/demo/random';
export { formatNip } from '../shared/domain/nip';
export { createSyntheticYears, chunkSize, SYNTHETIC_YEARS } from '../shared/demo/synthetic-year';
export { DEFAULT_SETTINGS } from '../shared/schemas/entities';
export { verifyAuditChain } from '../shared/domain/audit-chain';
