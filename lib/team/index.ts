export * from './api';
export * from './reads';
export * from './connection';
export * from './accounts';
