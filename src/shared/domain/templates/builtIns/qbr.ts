import type { BuiltInSpec } from './spec';

export const QBR: BuiltInSpec = {
  id: 'builtin-qbr',
  version: 1,
  releasedAt: '2026-11-01T00:00:00.000Z',
  name: 'Quarterly Business Review',
  kind: 'qbr',
  description:
    'A candid review of the quarter and a commitment for the next: graded commitments, the scorecard, ' +
    'what we learned, the ranking and its alignment, the trade-offs made and the single focus.',
  sections: [
    {
      type: 'title',
      title: 'Quarterly Business Review',
      prompts: ['Team or business unit, quarter and date.', 'Who is in the room, and who decides.'],
    },
    {
      type: 'text',
      title: 'Decisions we need today',
      prompts: [
        'Each decision this group must make today, phrased as a question with its options.',
        'For each: who owns it, and what happens if we do not decide today.',
      ],
    },
    {
      type: 'text',
      title: 'Executive summary',
      prompts: [
        'Three sentences: where we are against plan, the biggest change since last quarter, what we need.',
        'The one number that matters most, and its trend.',
        'One thing that went better than expected, one that went worse.',
      ],
    },
    {
      type: 'commitments-review',
      title: 'Last quarter’s commitments, graded',
      prompts: [
        'Every commitment made at the last review, in its original wording.',
        'Grade each: done, partly done, not done, or dropped (and who decided to drop it).',
        'For anything not done: the cause in one line, and whether it carries into next quarter.',
      ],
    },
    {
      type: 'kpi-scorecard',
      title: 'KPI scorecard',
      prompts: [
        'For each KPI: actual, target, prior quarter, and status (on track, at risk, off track).',
        'Keep last quarter’s KPIs; explain any you added or removed.',
        'The one metric the room should worry about, and why.',
      ],
    },
    {
      type: 'text',
      title: 'Wins and misses',
      prompts: [
        'The top three wins, each with its cause: what we did that made it happen.',
        'The top three misses, each with its root cause (not the symptom) and what changes.',
        'What we learned that changes our assumptions for next quarter.',
      ],
    },
    {
      type: 'risks-dependencies',
      title: 'Risks, issues and cross-functional dependencies',
      prompts: [
        'Risks: what might happen, likelihood, impact, owner, mitigation.',
        'Issues: what is already happening and needs help from this room.',
        'Dependencies: what we need from other departments and by when; what they need from us.',
      ],
    },
    {
      type: 'ranking-result',
      title: 'Ranking result and alignment',
      prompts: [
        'The consensus order of the candidate priorities, and the method used.',
        'How aligned the team is (the agreement score), and which items were contested.',
        'Where individual rankings differ most from the consensus, and what the discussion showed.',
      ],
    },
    {
      type: 'board-snapshot',
      title: 'Trade-offs made: what we will not do',
      prompts: [
        'Each trade-off stated explicitly: we choose X over Y, and the cost we accept.',
        'What was dropped or deferred, the rationale, and who tells the teams affected.',
        'Capacity: what fits this quarter, and what was cut to make it fit.',
      ],
    },
    {
      type: 'priorities-focus',
      title: 'Next quarter’s priorities and single focus',
      prompts: [
        'Three to five committed priorities, each with an owner and a measurable outcome.',
        'The single operational focus: if we only get one thing right next quarter, it is this.',
        'What each department will stop or slow down to make room.',
      ],
    },
    {
      type: 'action-items',
      title: 'Action items',
      prompts: [
        'Close out last quarter’s open actions before adding new ones.',
        'Each action: owner, due date, and the decision it serves.',
      ],
    },
    {
      type: 'decisions',
      title: 'Decision log',
      prompts: [
        'Each decision: what was chosen, the rationale, the alternatives rejected, recorded dissent, owner and date.',
        'Check every decision sought at the start was made, or say when it will be.',
      ],
    },
    {
      type: 'appendix',
      title: 'Appendix',
      prompts: [
        'Detailed financials, KPI definitions and supporting data.',
        'Nothing in the appendix should be needed to follow the main deck.',
      ],
    },
  ],
};
