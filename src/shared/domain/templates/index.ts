export * from './schema';
export * from './sectionTypes';
export * from './operations';
export * from './query';
export * from './seed';
export { BUILT_IN_SPECS, builtInTemplates, isBuiltInId, materialize, type BuiltInSpec } from './builtIns';
export * from './exchange';
export * from './mirror';
