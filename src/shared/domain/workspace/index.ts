export * from './schema';
export * from './codec';
export * from './factory';
export { migrate, MIGRATIONS, type Migration, type MigrationOutcome } from './migrations';
export { parseJsonSafely, MAX_DEPTH } from './safeJson';
export * from './participants';
export { describeDifferences } from './differences';
export * from './roundSchema';
