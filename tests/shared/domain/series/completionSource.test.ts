import { describe, expect, it } from 'vitest';
import { summarizeQuarter } from '../../../../src/shared/domain/series/quarterSummary';
import { summarizeQuarterFromJson } from '../../../../src/shared/domain/series/quarterSummaryJson';
import { encodeWorkspace, type Workspace } from '../../../../src/shared/domain/workspace';
import { validQbrWorkspace } from '../../../support/qbrWorkspace';

/**
 * Commitments completed: a quarter made with "Next quarter…" grades what it carried in on the
 * Setup tab, and those grades are the figure; the deck's review rows count only when nothing
 * carried in is graded. The fixture's deck grades done, partly, missed, done = 2.5 / 4 = 62.5%.
 */
const withCarried = (grades: Array<'done' | 'partly' | 'missed' | 'ungraded'>): Workspace => {
  const w = validQbrWorkspace();
  return {
    ...w,
    carriedIn: {
      fromWorkspaceId: 'ws-q1',
      fromPeriod: '2027-Q1',
      commitments: grades.map((grade, i) => ({ id: `c${i}`, title: `Commitment ${i}`, owner: '', grade })),
      previousSuccess: null,
      kpiRows: [],
    },
  };
};
const both = (w: Workspace) => [summarizeQuarter(w), summarizeQuarterFromJson(encodeWorkspace(w))];

describe('which grades make a quarter’s commitments completed', () => {
  it('the carried-in grades when any is graded: done, missed, partly, ungraded → 1.5 / 3 = 50%', () => {
    for (const summary of both(withCarried(['done', 'missed', 'partly', 'ungraded']))) {
      expect(summary.commitmentCompletion).toEqual({ percent: 50, graded: 3 });
    }
  });

  it('the deck’s review rows when nothing carried in is graded, or nothing was carried in', () => {
    for (const w of [withCarried(['ungraded', 'ungraded']), validQbrWorkspace()]) {
      for (const summary of both(w))
        expect(summary.commitmentCompletion).toEqual({ percent: 62.5, graded: 4 });
    }
  });
});
