export * from './admin';
export * from './auth';
export * from './cases';
export * from './catalogue';
export * from './common';
export * from './officers';
export * from './org';
export * from './records';
