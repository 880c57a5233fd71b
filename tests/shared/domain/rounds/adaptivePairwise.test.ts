import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  maxInsertionQuestions,
  pairwiseProgress,
  type Judgement,
} from '../../../../src/shared/domain/rounds';

/** Answers every question from a hidden true order (with optional ties), as a voter would. */
function answerAll(items: string[], truth: Map<string, number>, allPairs = false) {
  const judgements: Judgement[] = [];
  for (let guard = 0; guard < 1000; guard++) {
    const progress = pairwiseProgress(items, judgements, allPairs);
    if (progress.done) return { progress, judgements };
    const { a, b } = progress.next;
    const diff = truth.get(a)! - truth.get(b)!;
    judgements.push({ a, b, prefer: diff < 0 ? 'a' : diff > 0 ? 'b' : 'equal', strength: 1 });
  }
  throw new Error('never finished');
}

const items = (n: number) => Array.from({ length: n }, (_, i) => `i${i}`);

describe('adaptive pairwise questions', () => {
  it('recovers any true order (ties included) in at most the binary-insertion bound', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 14 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
            ),
          ),
        ([n, ranks]) => {
          const ids = items(n);
          const truth = new Map(ids.map((id, i) => [id, ranks[i]!]));
          const { progress, judgements } = answerAll(ids, truth);
          expect(progress.done).toBe(true);
          if (!progress.done) return;
          // Same tiers as the truth, best (lowest rank value) first.
          const expected = [...new Set(ranks)]
            .sort((a, b) => a - b)
            .map((r) => ids.filter((id) => truth.get(id) === r));
          expect(progress.order.map((t) => [...t].sort())).toEqual(expected.map((t) => [...t].sort()));
          expect(judgements.length).toBeLessThanOrEqual(maxInsertionQuestions(n));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('asks far fewer questions than all pairs: 12 items, at most 33 instead of 66', () => {
    expect(maxInsertionQuestions(12)).toBe(33);
    expect(maxInsertionQuestions(8)).toBe(17);
  });

  it('with AHP strengths asks every pair once', () => {
    const ids = items(6);
    const truth = new Map(ids.map((id, i) => [id, 5 - i]));
    const { progress, judgements } = answerAll(ids, truth, true);
    expect(judgements).toHaveLength(15);
    expect(progress.done && progress.order.flat()).toEqual([...ids].reverse());
  });

  it('replays from stored answers: an unanswered ballot resumes at the same question', () => {
    const ids = items(5);
    const first = pairwiseProgress(ids, []);
    const again = pairwiseProgress(ids, []);
    expect(first).toEqual(again);
    expect(first.done).toBe(false);
  });
});
