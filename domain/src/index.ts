export * from './catalog';
export * from './errors';
export * from './pagination';
export * from './roles';
export * from './settings';
