/** The alignment checkpoint and the department support matrix: results derived, never stored. */
export * from './checkpoint';
export * from './supportMatrix';
export * from './checkpointEdits';
