import type { AgreementLabel } from './agreementLabel';
import { normalisedTau, tieredTauDistance } from './distance';

/**
 * What changed between two rounds on the same question (blind vote → discussion →
 * re-vote). Items are compared on the ones both rounds share; people on the ones who
 * voted in both.
 */
export type ParticipantMovement = {
  voterId: string;
  name: string;
  /** How far their own ballot moved, 0–1 (normalised tau distance, ties count ½). */
  movement: number;
  previousDistance: number;
  currentDistance: number;
  /** previousDistance − currentDistance: positive when they now sit closer to the group. */
  towardConsensus: number;
};

export type Convergence = {
  previousW: number;
  currentW: number;
  /** Positive when the team is more aligned than last round. */
  deltaW: number;
  previousLabel: AgreementLabel;
  currentLabel: AgreementLabel;
  /** How far the consensus order itself moved, 0–1, on the shared items. */
  consensusChange: number;
  sharedCandidates: string[];
  participants: ParticipantMovement[];
  /** Contested last round, not any more. */
  settled: string[];
  /** Not contested last round, contested now. */
  newlyContested: string[];
  stillContested: string[];
  joined: string[];
  left: string[];
};

/** The parts of a round's analysis convergence needs, so the two rounds stay independent. */
export type RoundSnapshot = {
  candidates: readonly string[];
  w: number;
  label: AgreementLabel;
  consensusTiers: ReadonlyMap<string, number>;
  ballots: ReadonlyMap<string, { name: string; tierOf: ReadonlyMap<string, number>; distance: number }>;
  contested: ReadonlySet<string>;
};

function tierVector(tiers: ReadonlyMap<string, number>, items: readonly string[]): number[] {
  return items.map((item) => tiers.get(item)!);
}

export function convergence(previous: RoundSnapshot, current: RoundSnapshot): Convergence {
  const shared = current.candidates.filter((c) => previous.candidates.includes(c));
  const distanceOn = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
    normalisedTau(tieredTauDistance(tierVector(a, shared), tierVector(b, shared)), shared.length);

  const participants: ParticipantMovement[] = [];
  for (const [voterId, now] of current.ballots) {
    const before = previous.ballots.get(voterId);
    if (before === undefined) continue;
    participants.push({
      voterId,
      name: now.name,
      movement: distanceOn(before.tierOf, now.tierOf),
      previousDistance: before.distance,
      currentDistance: now.distance,
      towardConsensus: before.distance - now.distance,
    });
  }
  return {
    previousW: previous.w,
    currentW: current.w,
    deltaW: current.w - previous.w,
    previousLabel: previous.label,
    currentLabel: current.label,
    consensusChange: distanceOn(previous.consensusTiers, current.consensusTiers),
    sharedCandidates: shared,
    participants,
    settled: shared.filter((c) => previous.contested.has(c) && !current.contested.has(c)),
    newlyContested: shared.filter((c) => !previous.contested.has(c) && current.contested.has(c)),
    stillContested: shared.filter((c) => previous.contested.has(c) && current.contested.has(c)),
    joined: [...current.ballots.keys()].filter((id) => !previous.ballots.has(id)),
    left: [...previous.ballots.keys()].filter((id) => !current.ballots.has(id)),
  };
}
