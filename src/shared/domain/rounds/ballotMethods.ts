import { z } from 'zod';
import type { BallotMethodSpec, RoundSettingName, RoundSettings, SettingSpec } from './ballotMethod';
import { AllocationBallot, dotsMethod, pointsMethod } from './methods/allocationMethods';
import { OrderBallot, orderMethod } from './methods/orderMethod';
import { PairwiseBallot, pairwiseMethod } from './methods/pairwiseMethod';

/**
 * The ballot methods of a ranking round, registered here and nowhere else. Each method is
 * described once, in rounds/methods/ (its stored ballot, checks, reading as a ranking,
 * settings, name); the rest of the app looks it up by the round's `method`. The renderer
 * has a matching catalogue of editors and result panels (features/ranking/ballotMethodViews).
 */

/** In the order the new-round form offers them; also the saved format's list of methods. */
export const BALLOT_METHODS = ['order', 'pairwise', 'points', 'dots'] as const;
export type BallotMethod = (typeof BALLOT_METHODS)[number];

/**
 * A stored ballot, of any method. The members are listed in the saved format's order
 * (the workspace schema snapshot holds us to it); methods may share a member.
 */
export const BallotContent = z.discriminatedUnion('kind', [OrderBallot, AllocationBallot, PairwiseBallot]);
export type BallotContent = z.infer<typeof BallotContent>;

/** The stored ballot a method's voters cast (allocation methods share one shape). */
export type ContentOf<K extends BallotMethod> = BallotContent extends infer C
  ? C extends { kind: infer Kind }
    ? K extends Kind
      ? C
      : never
    : never
  : never;

export const BALLOT_METHOD_SPECS = {
  order: orderMethod,
  pairwise: pairwiseMethod,
  points: pointsMethod,
  dots: dotsMethod,
} satisfies { [K in BallotMethod]: BallotMethodSpec<ContentOf<K>> };

/**
 * The description of one method. A ballot's `kind` and its content go together, which
 * TypeScript cannot follow through a union; this is the one place that says so.
 */
export function ballotMethod<K extends BallotMethod>(kind: K): BallotMethodSpec<ContentOf<K>> {
  return BALLOT_METHOD_SPECS[kind] as unknown as BallotMethodSpec<ContentOf<K>>;
}

type SettingEntry = {
  owner: BallotMethod;
  name: RoundSettingName;
  spec: SettingSpec<RoundSettings[RoundSettingName]>;
};

/** Every round setting with the method that uses it. */
function settingEntries(): SettingEntry[] {
  return BALLOT_METHODS.flatMap((owner) =>
    (Object.entries(ballotMethod(owner).settings) as Array<[RoundSettingName, SettingEntry['spec']]>).map(
      ([name, spec]) => ({ owner, name, spec }),
    ),
  );
}

/** The settings a new round of `method` stores: those given, or each method's default. */
export function roundSettings(
  method: BallotMethod,
  given: Partial<RoundSettings>,
  itemCount: number,
): RoundSettings {
  const settings: Record<string, unknown> = {};
  for (const { owner, name, spec } of settingEntries()) {
    const keep = owner === method || spec.keptByOtherMethods;
    settings[name] = (keep ? given[name] : undefined) ?? spec.default(itemCount);
  }
  return settings as RoundSettings;
}

/** The defaults of every setting, for a form about to open a round of `itemCount` items. */
export function defaultRoundSettings(itemCount: number): RoundSettings {
  return roundSettings('order', {}, itemCount);
}

/** A round's stored settings, e.g. to open a re-vote with the same ones. */
export function settingsOf(round: RoundSettings): RoundSettings {
  return Object.fromEntries(settingEntries().map(({ name }) => [name, round[name]])) as RoundSettings;
}
