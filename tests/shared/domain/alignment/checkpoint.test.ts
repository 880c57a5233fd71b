import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_CHECKPOINT_QUESTIONS,
  checkpointResults,
  type CheckpointAnswer,
  type CheckpointQuestion,
} from '../../../../src/shared/domain/alignment';
import { isDomainError } from '../../../../src/shared/domain/domainError';

const QUESTIONS: CheckpointQuestion[] = [
  ...BUILT_IN_CHECKPOINT_QUESTIONS,
  { id: 'own', wording: 'Are we ready to tell the board?' },
];

const answers = (questionId: string, scores: Array<number | null>, comments: string[] = []) =>
  scores.map((score, i): CheckpointAnswer => ({ questionId, score, comment: comments[i] ?? '' }));

describe('the alignment checkpoint', () => {
  const results = checkpointResults(QUESTIONS, [
    // 4, 4, 5, 4, 3: mean 20/5 = 4, median 4; squared deviations 0+0+1+0+1 = 2, s² = 2/4 = 0.5,
    // rWG = 1 − 0.5/2 = 0.75 → aligned.
    ...answers('same-message', [4, 4, 5, 4, 3], ['Sales hears a different story', '', '  mostly  ']),
    // 1, 2, 5, 4, 5: mean 17/5 = 3.4, median 4; squared deviations 5.76+1.96+2.56+0.36+2.56 =
    // 13.2, s² = 3.3, rWG = 1 − 1.65 < 0 → 0; 2 of 5 at 1–2 and 3 at 4–5 → split.
    ...answers('departments-help', [1, 2, 5, 4, 5]),
    // 2, 3, 3, 3, 4: mean 3, both halves touched but s² = 2/4 = 0.5, rWG 0.75 → aligned, not split.
    ...answers('shared-success', [2, 3, 3, 3, 4]),
    // One score and a comment alone: too few answers to judge.
    ...answers('own', [3, null], ['', 'Not yet']),
  ]);

  it('puts the most mixed question first and the ones too thin to judge last', () => {
    expect(results.map((r) => [r.questionId, r.label])).toEqual([
      ['departments-help', 'split'],
      ['same-message', 'aligned'],
      ['shared-success', 'aligned'],
      ['own', 'too few answers'],
    ]);
  });

  it('gives the whole distribution, mean, median and rWG agreement per question', () => {
    const same = results.find((r) => r.questionId === 'same-message')!;
    expect(same).toMatchObject({ counts: [0, 0, 1, 3, 1], n: 5, mean: 4, median: 4 });
    expect(same.agreement).toBeCloseTo(0.75, 10);
    const help = results.find((r) => r.questionId === 'departments-help')!;
    expect(help).toMatchObject({ counts: [1, 1, 0, 1, 2], n: 5, median: 4, agreement: 0 });
    expect(help.mean).toBeCloseTo(3.4, 10);
    expect(help.reading).toBe('Split: 2 of 5 answered 1–2 and 3 answered 4–5.');
  });

  it('says agreement cannot be judged under three answers instead of giving a figure', () => {
    const own = results.find((r) => r.questionId === 'own')!;
    expect(own).toMatchObject({ n: 1, mean: 3, agreement: null });
    expect(own.reading).toBe('Only 1 answer: agreement cannot be judged from fewer than 3.');
    expect(own.comments).toEqual(['Not yet']);
  });

  it('lists comments without names, trimmed and sorted, never in the order people answered', () => {
    const same = results.find((r) => r.questionId === 'same-message')!;
    expect(same.comments).toEqual(['mostly', 'Sales hears a different story']);
  });

  it('refuses a score outside 1 to 5 and an answer to a question not asked', () => {
    for (const score of [0, 6, 2.5, Number.NaN]) {
      expect(() => checkpointResults(QUESTIONS, answers('own', [score]))).toThrow(
        'Checkpoint answers are whole numbers from 1 to 5.',
      );
    }
    let error: unknown;
    try {
      checkpointResults(QUESTIONS, answers('elsewhere', [3]));
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.code).toBe('CHECKPOINT_QUESTION');
  });

  const answerList = fc.array(
    fc.record({
      questionId: fc.constantFrom(...QUESTIONS.map((q) => q.id)),
      score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      comment: fc.string({ maxLength: 20 }),
    }),
    { maxLength: 40 },
  );

  it('always counts every score once, keeps agreement within 0..1 and judges only from 3 answers', () => {
    fc.assert(
      fc.property(answerList, (list) => {
        for (const r of checkpointResults(QUESTIONS, list)) {
          const scored = list.filter((a) => a.questionId === r.questionId && a.score !== null).length;
          expect(r.counts.reduce((s, c) => s + c, 0)).toBe(r.n);
          expect(r.n).toBe(scored);
          if (r.n < 3) expect(r.agreement).toBeNull();
          else expect(r.agreement).toSatisfy((a: number) => a >= 0 && a <= 1);
        }
      }),
    );
  });

  it('gives the same results whatever order people answered in', () => {
    fc.assert(
      fc.property(answerList, fc.nat(), (list, seed) => {
        const shuffled = list
          .map((a, i) => ({ a, key: (i * 7919 + seed) % (list.length + 13) }))
          .sort((x, y) => x.key - y.key)
          .map((x) => x.a);
        expect(checkpointResults(QUESTIONS, shuffled)).toEqual(checkpointResults(QUESTIONS, list));
      }),
    );
  });
});
