/**
 * Public domain API of Peka (pure rules, no I/O). See reference.ts for the glossary of
 * Indonesian domain words.
 */
export * from './reference';
export * from './reason';
export * from './dates';
export * from './nip';
export * from './pangkat';
export * from './predikat';
export * from './distribution-curve';
export * from './appraiser';
export * from './employee-input';
export * from './unit-input';
export * from './berakhlak';
export * from './skp';
export * from './audit-chain';
