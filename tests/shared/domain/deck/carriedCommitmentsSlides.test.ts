import { describe, expect, it } from 'vitest';
import { buildSlides } from '../../../../src/shared/domain/deck';
import type { DeckSection, Workspace } from '../../../../src/shared/domain/workspace';
import { validQbrWorkspace } from '../../../support/qbrWorkspace';

/**
 * A next quarter grades what it carried in on the Setup tab. Its deck's commitments review,
 * with no rows of its own, shows those commitments and grades, so the slide, the Setup tab
 * and the trends say the same; rows written in the section itself take over.
 */
const review = (rows: Extract<DeckSection, { type: 'commitments-review' }>['rows']): DeckSection => ({
  id: 'review',
  type: 'commitments-review',
  title: 'Last quarter’s commitments',
  markdown: '',
  rows,
});

function quarter(section: DeckSection): Workspace {
  const w = validQbrWorkspace();
  return {
    ...w,
    deck: { templateId: null, confidential: false, sections: [section] },
    carriedIn: {
      fromWorkspaceId: 'ws-q1',
      fromPeriod: '2027-Q1',
      commitments: [
        { id: 'c1', title: 'Launch in the EU', owner: 'Dana', grade: 'done' },
        { id: 'c2', title: '企业单点登录', owner: '王芳', grade: 'partly' },
        { id: 'c3', title: 'Hire a CFO', owner: 'Sam', grade: 'ungraded' },
      ],
      previousSuccess: null,
      kpiRows: [],
    },
  };
}

const commitmentsSlide = (w: Workspace) => {
  const slide = buildSlides(w, w.deck!, { date: '2027-04-20' })[0]!;
  if (slide.kind !== 'commitments') throw new Error(`expected the commitments slide, got ${slide.kind}`);
  return slide.content;
};

describe('the commitments review in a quarter that carried commitments in', () => {
  it('shows the carried-in commitments with their Setup-tab grades when it has no rows: 1.5 of 2 graded = 75%', () => {
    const content = commitmentsSlide(quarter(review([])));
    expect(content.rows.map((r) => [r.commitment, r.owner, r.grade])).toEqual([
      ['Launch in the EU', 'Dana', 'done'],
      ['企业单点登录', '王芳', 'partly'],
      ['Hire a CFO', 'Sam', 'ungraded'],
    ]);
    expect(content.completion).toMatchObject({ percent: 75, graded: 2 });
  });

  it('rows written in the section itself are what it shows', () => {
    const own = [
      { id: 'r1', commitment: 'Our own wording', owner: 'Dana', grade: 'missed' as const, comment: '' },
    ];
    const content = commitmentsSlide(quarter(review(own)));
    expect(content.rows.map((r) => r.commitment)).toEqual(['Our own wording']);
    expect(content.completion).toMatchObject({ percent: 0, graded: 1 });
  });
});
