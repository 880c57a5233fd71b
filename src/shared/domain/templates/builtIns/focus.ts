import type { BuiltInSpec } from './spec';

export const QUARTERLY_FOCUS: BuiltInSpec = {
  id: 'builtin-quarterly-focus',
  version: 1,
  releasedAt: '2026-11-01T00:00:00.000Z',
  name: 'Quarterly focus',
  kind: 'focus',
  description:
    'A lean session for teams that only need to pick the quarter’s priorities and one focus: ' +
    'a look back, a ranking, the trade-offs and the first thirty days.',
  sections: [
    {
      type: 'title',
      title: 'Quarterly focus',
      prompts: ['Team, quarter and date.'],
    },
    {
      type: 'commitments-review',
      title: 'Last quarter on one slide',
      prompts: ['What we committed to, and how each one ended: done, partly done, not done, dropped.'],
    },
    {
      type: 'ranking-result',
      title: 'Candidate priorities, ranked',
      prompts: ['The consensus order, how aligned we are, and the contested items.'],
    },
    {
      type: 'board-snapshot',
      title: 'What we will not do',
      prompts: ['The items we drop or defer to make room, and the cost we accept.'],
    },
    {
      type: 'priorities-focus',
      title: 'The single focus',
      prompts: [
        'The focus in one sentence a new hire would understand.',
        'The one measure that tells us it is working, with its target.',
        'What we stop doing to make room for it.',
      ],
    },
    {
      type: 'action-items',
      title: 'The first 30 days',
      prompts: ['Each action: owner and due date, starting this week.'],
    },
  ],
};
