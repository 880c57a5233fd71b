import { z } from 'zod';

/**
 * Size limits of a stored round and the id of an item in it. Kept apart from the round
 * schema so each ballot method's own schema can use them without importing the workspace.
 */
export const ROUND_LIMITS = { items: 60, ballots: 200, question: 300, judgements: 2000 } as const;

export const roundItemId = z.string().min(1).max(64);
