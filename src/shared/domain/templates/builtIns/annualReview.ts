import type { BuiltInSpec } from './spec';

export const ANNUAL_REVIEW: BuiltInSpec = {
  id: 'builtin-annual-review',
  version: 1,
  releasedAt: '2026-11-01T00:00:00.000Z',
  name: 'Annual Business Review',
  kind: 'annual-review',
  description:
    'The year in review and the plan for the next: annual goals graded, the year’s scorecard and trends, ' +
    'changes in the market and the organisation, and next year’s priorities with quarterly milestones.',
  sections: [
    {
      type: 'title',
      title: 'Annual Business Review',
      prompts: [
        'Organisation or business unit, fiscal year and date.',
        'Who is in the room, and who decides.',
      ],
    },
    {
      type: 'text',
      title: 'The year on one page',
      prompts: [
        'Where we ended against the annual plan, in three sentences.',
        'The two or three things that shaped the year most.',
        'What we ask of this group today.',
      ],
    },
    {
      type: 'commitments-review',
      title: 'Annual goals, graded',
      prompts: [
        'Each goal set at the start of the year, in its original wording.',
        'Grade each: achieved, partly achieved, missed, or retired (and when and why it was retired).',
        'For each missed goal: was the goal wrong, or the execution?',
      ],
    },
    {
      type: 'kpi-scorecard',
      title: 'Scorecard and trends',
      prompts: [
        'For each KPI: the year’s actual, target and prior year, with the four quarters as a trend.',
        'Which trends accelerated or reversed during the year, and why.',
      ],
    },
    {
      type: 'text',
      title: 'Wins, misses and lessons',
      prompts: [
        'The wins of the year and their causes.',
        'The misses and their root causes.',
        'What we will do differently next year because of them.',
      ],
    },
    {
      type: 'text',
      title: 'Market and competition',
      prompts: [
        'What changed in customers, competitors and regulation this year.',
        'Which of our strategic assumptions no longer hold.',
      ],
    },
    {
      type: 'text',
      title: 'Organisation and capabilities',
      prompts: [
        'Headcount against plan, attrition, and key hires and departures.',
        'The capability gaps that limit next year’s plan, and how we close them.',
      ],
    },
    {
      type: 'risks-dependencies',
      title: 'Risks and dependencies for next year',
      prompts: [
        'The risks that could derail next year, each with an owner and a mitigation.',
        'The cross-functional dependencies the plan rests on.',
      ],
    },
    {
      type: 'ranking-result',
      title: 'Next year’s candidate priorities, ranked',
      prompts: [
        'The consensus order, the method used, and how aligned the team is.',
        'The contested items, and what the discussion settled.',
      ],
    },
    {
      type: 'board-snapshot',
      title: 'Trade-offs and what we will not do',
      prompts: [
        'Each trade-off stated explicitly, with the cost we accept.',
        'What we stop doing next year to fund the priorities.',
      ],
    },
    {
      type: 'priorities-focus',
      title: 'Next year’s priorities and focus',
      prompts: [
        'The annual priorities, each with an owner, a measurable outcome and quarterly milestones.',
        'The single focus for the first quarter.',
      ],
    },
    {
      type: 'decisions',
      title: 'Decision log',
      prompts: [
        'Each decision: what was chosen, the rationale, the alternatives rejected, recorded dissent, owner and date.',
      ],
    },
    {
      type: 'action-items',
      title: 'Action items',
      prompts: ['Each action: owner, due date, and the decision it serves.'],
    },
    {
      type: 'appendix',
      title: 'Appendix',
      prompts: ['Financial statements, KPI definitions, and the detail behind the scorecard.'],
    },
  ],
};
