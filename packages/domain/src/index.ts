// Public API of @zhifa/domain: pure rules, no I/O. The server and web import from here only.
export * from './agencies.js';
export * from './calendar.js';
export * from './calendar-data.js';
export * from './catalogue/index.js';
export * from './certificates.js';
export * from './confidence.js';
export * from './dates.js';
export * from './filetypes.js';
export * from './identifiers.js';
export * from './masking.js';
export * from './money.js';
export * from './password.js';
export * from './people.js';
export * from './procedures/index.js';
export * from './retention.js';
export * from './roles.js';
