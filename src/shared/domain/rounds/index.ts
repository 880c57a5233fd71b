export * from './adaptivePairwise';
export * from './ballotMethod';
export * from './ballotMethods';
export * from './ballots';
export * from './rankingOf';
export * from './roundOps';
export * from './roundResults';
export * from './startingOrder';
