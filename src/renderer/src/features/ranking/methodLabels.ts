import type { BallotMethod } from '../../../../shared/domain/workspace';

export const METHOD_LABELS: Record<BallotMethod, { name: string; hint: string }> = {
  order: { name: 'Full order', hint: 'Each person puts every item in order, best first.' },
  pairwise: { name: 'Pairwise', hint: '“Which matters more, A or B?” About n·log₂n quick questions each.' },
  points: { name: '100 points', hint: 'Each person spreads a budget of points over the items.' },
  dots: { name: 'Dots', hint: 'Each person places a few dots on the items that matter most.' },
};
