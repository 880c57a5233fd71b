import type { BuiltInSpec } from './spec';

export const TWO_DAY_OFFSITE: BuiltInSpec = {
  id: 'builtin-offsite-two-day',
  version: 2,
  // v2: the timeboxes moved out of the titles into each section's own timebox.
  releasedAt: '2026-11-20T00:00:00.000Z',
  name: 'Two-day leadership offsite',
  kind: 'offsite',
  description:
    'Day one looks back and ranks blind; day two argues the trade-offs and commits. ' +
    'Each block has a timebox; breaks and lunch are not listed.',
  sections: [
    {
      type: 'title',
      title: 'Leadership offsite',
      prompts: [
        'Dates, place, participants and facilitator.',
        'The two or three outcomes we must leave with.',
      ],
    },
    {
      type: 'agenda',
      title: 'Day 1 · Opening and ground rules',
      minutes: 30,
      prompts: [
        'Why we are here, and what “done” looks like at the end of day two.',
        'Ground rules: disagree in the room, commit outside it; phones away.',
        'Check-in: one sentence each on what is on your mind.',
      ],
    },
    {
      type: 'kpi-scorecard',
      title: 'Day 1 · Where we stand',
      minutes: 60,
      prompts: [
        'The scorecard against plan, sent beforehand: no presenting, only questions.',
        'The one metric each leader is most worried about.',
      ],
    },
    {
      type: 'commitments-review',
      title: 'Day 1 · What we said we would do',
      minutes: 45,
      prompts: ['Last period’s commitments, graded: done, partly done, not done, dropped.'],
    },
    {
      type: 'alignment',
      title: 'Day 1 · Alignment check',
      minutes: 45,
      prompts: [
        'Each leader writes, privately, the company’s top priority in one sentence; read them aloud.',
        'Where the sentences differ, name the difference before moving on.',
      ],
    },
    {
      type: 'ranking-result',
      title: 'Day 1 · Candidate priorities and blind ranking',
      minutes: 90,
      prompts: [
        'Collect the candidates beforehand; each has an owner, an impact and an effort.',
        'Everyone ranks alone before any discussion; reveal together.',
      ],
    },
    {
      type: 'text',
      title: 'Day 1 · Discuss the contested items',
      minutes: 60,
      prompts: [
        'Start with the items the ranking shows as most contested.',
        'Those furthest from the consensus speak first.',
      ],
    },
    {
      type: 'agenda',
      title: 'Day 1 · Wrap-up and parking lot',
      minutes: 15,
      prompts: ['What changed our minds today.', 'Open questions parked for tomorrow, each with an owner.'],
    },
    {
      type: 'ranking-result',
      title: 'Day 2 · Re-vote and consensus',
      minutes: 45,
      prompts: [
        'Rank again after yesterday’s discussion; compare with the blind round.',
        'Did agreement rise? Which items are still contested?',
      ],
    },
    {
      type: 'board-snapshot',
      title: 'Day 2 · Trade-offs, capacity and conflicts',
      minutes: 90,
      prompts: [
        'Place the top items on the board; link conflicts and dependencies.',
        'If the quarter is over capacity, drop or defer until it fits, recording why.',
      ],
    },
    {
      type: 'priorities-focus',
      title: 'Day 2 · Commit: priorities and the single focus',
      minutes: 60,
      prompts: [
        'The committed priorities, each with one owner and a measurable outcome.',
        'The single operational focus for the quarter, in one sentence.',
      ],
    },
    {
      type: 'risks-dependencies',
      title: 'Day 2 · Risks and dependencies',
      minutes: 45,
      prompts: ['What could stop each priority, and what each department needs from the others.'],
    },
    {
      type: 'decisions',
      title: 'Day 2 · Decisions and owners',
      minutes: 30,
      prompts: ['Read back every decision with its rationale, rejected alternatives and dissent.'],
    },
    {
      type: 'action-items',
      title: 'Day 2 · Actions and cascade plan',
      minutes: 45,
      prompts: [
        'Each action: owner, due date, and the decision it serves.',
        'How each leader tells their team, in the same words, and by when.',
      ],
    },
    {
      type: 'agenda',
      title: 'Day 2 · Close',
      minutes: 15,
      prompts: ['One-line commitment from each leader.', 'What we tell the organisation on Monday.'],
    },
  ],
};
