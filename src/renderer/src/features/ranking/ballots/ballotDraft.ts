import type { Judgement } from '../../../../../shared/domain/rounds';
import type { Tiers } from './orderTiers';

/**
 * A ballot in progress, as its editor holds it (half-typed points included). It is kept
 * on this device only, outside the workspace, until the voter submits or cancels:
 * ballots are private until submitted, so a draft is never saved with the workspace.
 */
export type BallotDraft =
  | {
      kind: 'order';
      tiers: Tiers;
      /** Whether the voter has moved anything yet; an untouched list is checked before it goes in. */
      moved: boolean;
    }
  | { kind: 'pairwise'; judgements: Judgement[]; revisiting: string[] }
  | { kind: 'points'; texts: Record<string, string> }
  | { kind: 'dots'; amounts: Record<string, number> };

/** The draft for this kind of ballot, or null when there is none (or it is of another kind). */
export function draftOf<K extends BallotDraft['kind']>(
  draft: BallotDraft | null | undefined,
  kind: K,
): Extract<BallotDraft, { kind: K }> | null {
  return draft?.kind === kind ? (draft as Extract<BallotDraft, { kind: K }>) : null;
}
