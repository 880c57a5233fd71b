import type { BallotContent, Round } from '../../../../../shared/domain/workspace';
import type { BallotDraft } from '../ballotMethodViews';

export type BallotItem = { id: string; title: string; description: string };

/**
 * What every ballot editor gets. The editor shows only this voter's ballot, never anyone
 * else's, and calls `onSubmit` with a complete ballot (it cannot submit an incomplete
 * one and says why, using `ballotProblem` from shared/domain/rounds).
 */
export type BallotEditorProps<Draft extends { kind: string } = BallotDraft> = {
  round: Round;
  /** The round's items, in the round's order. */
  items: BallotItem[];
  voterName: string;
  /** The voter's submitted ballot, when they come back to change it before the reveal. */
  initial: BallotContent | null;
  onSubmit: (content: BallotContent) => void;
  onCancel: () => void;
  /**
   * Where the full-order list starts when there is no earlier ballot or draft: a shuffle
   * fixed by this seed (round and voter). Without it, the round's own order.
   */
  shuffleSeed?: string;
  /** The voter's ballot in progress, kept while they were away from it. */
  draft?: Draft | null;
  /**
   * Called on every change, so the ballot in progress can be kept until submitted or cancelled.
   * (Method syntax on purpose: an editor of one kind of draft then fits the catalogue of all.)
   */
  onDraft?(this: void, draft: Draft): void;
  /** Leaves the ballot without submitting it, keeping the draft to finish later. */
  onLater?: () => void;
};
