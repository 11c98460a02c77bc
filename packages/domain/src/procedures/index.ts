// Procedure engine, definitions and legal clocks (issue 5 §1).
export * from './case-file.js';
export * from './clocks.js';
export * from './coercive-execution.js';
export * from './coercive-measure.js';
export * from './criminal-transfer.js';
export * from './document-names.js';
export * from './engine.js';
export * from './general-penalty.js';
export * from './guards.js';
export * from './inspection.js';
export * from './licence.js';
export * from './outcomes.js';
export * from './registry.js';
export * from './summary-penalty.js';
