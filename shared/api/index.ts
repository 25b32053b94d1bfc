export * from './bridge';
export * from './contract';
export * from './fields';
export * from './records';
export * from './scenario-file';
export * from './settings';
export * from './types';
export * from './channel-schemas';
