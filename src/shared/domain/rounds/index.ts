export * from './adaptivePairwise';
export * from './ballots';
export * from './rankingOf';
export * from './roundOps';
export * from './roundResults';
export * from './startingOrder';
