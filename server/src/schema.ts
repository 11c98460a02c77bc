// Every table of the application, for drizzle-kit and for typed queries.

export * from './modules/cases/cases.tables';
export * from './modules/catalogue/catalogue.tables';
export * from './modules/documents/documents.tables';
export * from './modules/officers/officers.tables';
export * from './modules/org/org.tables';
export * from './modules/records/records.tables';
export * from './platform/audit/audit.tables';
export * from './platform/auth/auth.tables';
export * from './platform/calendar/calendar.tables';
export * from './platform/ledger/ledger.tables';
