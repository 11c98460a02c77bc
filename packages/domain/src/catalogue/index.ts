// Enforcement catalogue rules (issue 4): law library and 从旧兼从轻, discretion benchmarks and the four lists,
// the major-decision review catalogue, jurisdiction profiles. Pure functions, no I/O.
export * from './citation.js';
export * from './discretion.js';
export * from './discretion-apply.js';
export * from './discretion-formula.js';
export * from './discretion-narrowing.js';
export * from './four-lists.js';
export * from './jurisdiction.js';
export * from './law.js';
export * from './penalty.js';
export * from './review-catalogue.js';
export * from './severity.js';
