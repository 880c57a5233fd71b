import { rankingOf } from '../../../../../shared/domain/rounds';
import type { Round, Workspace } from '../../../../../shared/domain/workspace';

type Voter = { id: string; name: string; colour: string };

/** Distance between dots at the same place, in em so it scales with Present mode's type. */
const DOT_SPACING = 1.25;
/** Dots at one place never spread over more than this share of the strip (25 voters still fit). */
const MAX_SPREAD_PERCENT = 36;

/** For every item, where each person put it: a dot per person on a 1…n strip. */
export function ItemStrips({
  workspace,
  round,
  order,
  titles,
  hideNames,
}: {
  workspace: Workspace;
  round: Round;
  order: string[];
  titles: Record<string, string>;
  hideNames: boolean;
}) {
  const n = round.itemIds.length;
  const people = new Map(workspace.participants.map((p) => [p.id, p]));
  const placements = round.ballots.map((b) => {
    const p = people.get(b.participantId);
    const voter: Voter = {
      id: b.participantId,
      name: p?.name ?? 'Former participant',
      colour: p?.colour ?? '#666666',
    };
    return { voter, place: midPlaces(rankingOf(round, b.content) as string[][]) };
  });
  // With names hidden every dot looks the same, so neither a colour nor a position in the
  // ballot list can tell who is who.
  const x = (place: number) => (n <= 1 ? 50 : 8 + ((place - 1) / (n - 1)) * 84);
  return (
    <section className="result-card strips" aria-label="Where each person put each item">
      <h3>Where each person put each item</h3>
      <div className="strip-scale" aria-hidden="true">
        <span>1st</span>
        <span>{n}th</span>
      </div>
      <ul className="strip-list">
        {order.map((id) => (
          <li key={id} className="strip-row">
            <span className="strip-title">{titles[id] ?? id}</span>
            <span className="strip-track" role="img" aria-label={describe(id, placements, titles, hideNames)}>
              {placements.map(({ voter, place }, i) => {
                const at = place.get(id);
                if (at === undefined) return null;
                // People who chose the same place sit side by side around it, so every dot shows.
                const before = placements.slice(0, i).filter((q) => q.place.get(id) === at).length;
                const together = placements.filter((q) => q.place.get(id) === at).length;
                const step = `min(${DOT_SPACING}em, ${MAX_SPREAD_PERCENT / Math.max(1, together - 1)}%)`;
                const offset = before - (together - 1) / 2;
                // Kept inside the strip: a crowd at 1st place must not spill out of the card.
                const left = `clamp(0.6em, calc(${x(at)}% + ${offset} * ${step}), calc(100% - 0.6em))`;
                return hideNames ? (
                  <span key={voter.id} className="strip-dot strip-dot-anonymous" style={{ left }} />
                ) : (
                  <span
                    key={voter.id}
                    className="strip-dot"
                    style={{ left, background: voter.colour }}
                    title={`${voter.name}: ${at}`}
                  >
                    <span className="strip-initials">{initials(voter.name)}</span>
                  </span>
                );
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Place of each item, ties sharing their mid-place (two items tied for 2nd–3rd: 2.5). */
function midPlaces(tiers: string[][]): Map<string, number> {
  const out = new Map<string, number>();
  let before = 0;
  for (const tier of tiers) {
    for (const id of tier) out.set(id, before + (tier.length + 1) / 2);
    before += tier.length;
  }
  return out;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function describe(
  id: string,
  placements: Array<{ voter: Voter; place: Map<string, number> }>,
  titles: Record<string, string>,
  hideNames: boolean,
): string {
  const places = hideNames
    ? placements
        .map(({ place }) => place.get(id) ?? 0)
        .sort((a, b) => a - b)
        .map(String)
    : placements.map(({ voter, place }) => `${voter.name} ${place.get(id)}`);
  return `${titles[id] ?? id}: ${places.join(', ')}`;
}
