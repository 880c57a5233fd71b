import type { BallotContent, Round } from '../../../../../shared/domain/workspace';

export type BallotItem = { id: string; title: string; description: string };

/**
 * What every ballot editor gets. The editor shows only this voter's ballot, never anyone
 * else's, and calls `onSubmit` with a complete ballot (it cannot submit an incomplete
 * one and says why, using `ballotProblem` from shared/domain/rounds).
 */
export type BallotEditorProps = {
  round: Round;
  /** The round's items, in the round's order. */
  items: BallotItem[];
  voterName: string;
  /** The voter's submitted ballot, when they come back to change it before the reveal. */
  initial: BallotContent | null;
  onSubmit: (content: BallotContent) => void;
  onCancel: () => void;
};
