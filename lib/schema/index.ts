export * from './common';
export * from './settings';
export * from './session';
export * from './event';
export * from './shift';
export * from './ticket';
export * from './procedure-config';
export * from './draft';
