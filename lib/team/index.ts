export * from './api';
export * from './records';
export * from './reads';
export * from './connection';
export * from './accounts';
