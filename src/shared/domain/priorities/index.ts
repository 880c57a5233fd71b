export * from './priorityOps';
export * from './csvImport';
