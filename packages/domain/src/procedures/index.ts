// Procedure engine, definitions and legal clocks (issue 5 §1).
export * from './clocks.js';
export * from './engine.js';
export * from './general-penalty.js';
export * from './guards.js';
export * from './summary-penalty.js';
