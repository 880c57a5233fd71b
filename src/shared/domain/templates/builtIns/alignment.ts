import type { BuiltInSpec } from './spec';

export const ALIGNMENT_CHECKPOINT: BuiltInSpec = {
  id: 'builtin-alignment-checkpoint',
  version: 1,
  releasedAt: '2026-11-01T00:00:00.000Z',
  name: 'Alignment checkpoint',
  kind: 'alignment',
  description:
    'A short mid-quarter session that catches drift early: three questions answered privately first, ' +
    'then compared in the room, and the corrections written down.',
  sections: [
    {
      type: 'title',
      title: 'Alignment checkpoint',
      prompts: ['Date, participants, and the priorities and focus agreed at the last review.'],
    },
    {
      type: 'alignment',
      title: 'Are we giving our teams the same message?',
      prompts: [
        'Each leader writes, privately, what they told their team about this quarter’s priorities.',
        'Read them aloud. Where the words differ, which version is right, and who corrects it?',
      ],
    },
    {
      type: 'alignment',
      title: 'Do our departments support each other or pull apart?',
      prompts: [
        'One place where another department helped you move a priority, and one where it got in the way.',
        'Each open cross-functional conflict gets an owner from each side and a date.',
      ],
    },
    {
      type: 'alignment',
      title: 'When we talk about success, do we describe the same outcome?',
      prompts: [
        'Each leader writes how we will know this quarter succeeded, as a measurable outcome.',
        'Compare, agree one definition, and record it in the decision log.',
      ],
    },
    {
      type: 'priorities-focus',
      title: 'Is the focus still right?',
      prompts: ['What evidence says the single focus should change? If none, reaffirm it out loud.'],
    },
    {
      type: 'decisions',
      title: 'Corrections agreed',
      prompts: ['Each correction: what changes, who communicates it, and by when.'],
    },
    {
      type: 'action-items',
      title: 'Action items',
      prompts: ['Each action: owner and due date; review them at the next checkpoint.'],
    },
  ],
};
