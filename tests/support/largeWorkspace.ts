import { encodeWorkspace, type Workspace } from '../../src/shared/domain/workspace';
import { bigWorkspace } from './workspaceArbitrary';

/**
 * The largest kind of file Offsite still opens (the cap is 50 MB): 5,000 priorities with
 * long mixed-script descriptions, 20,000 links and 100 pairwise rounds of 24 voters out of 40.
 * About 49 MB as saved; the object count, not only the size, is what costs to decode.
 */
export function largeWorkspace(): Workspace {
  const w = bigWorkspace(5000, 20000);
  const prose =
    'Grow revenue in the mid-market — «Rückgewinnung», Ελλάδα, Москва, القاهرة — by shipping onboarding. ';
  for (const p of w.priorities) p.description = prose.repeat(41).slice(0, 4000);
  const items = w.priorities.slice(0, 60).map((p) => p.id);
  w.participants = Array.from({ length: 40 }, (_, i) => ({
    ...w.participants[0]!,
    id: `u${i}`,
    name: `Participant ${i}`,
    isFacilitator: i === 0,
    votes: i !== 0,
  }));
  w.rounds = Array.from({ length: 100 }, (_, r) => ({
    id: `r${r}`,
    question: `Which of these matters most in the quarter? (${r + 1})`,
    method: 'pairwise' as const,
    itemIds: items,
    budget: 100,
    dots: 5,
    ahpStrength: true,
    status: 'revealed' as const,
    createdAt: w.createdAt,
    revealedAt: w.createdAt,
    previousRoundId: null,
    ballots: w.participants.slice(1, 25).map((u) => ({
      participantId: u.id,
      submittedAt: w.createdAt,
      content: {
        kind: 'pairwise' as const,
        judgements: Array.from({ length: 60 }, (_, k) => ({
          a: items[k]!,
          b: items[(k + 1 + (r % 59)) % 60]!,
          prefer: k % 3 === 0 ? ('b' as const) : ('a' as const),
          strength: 1 + (k % 9),
        })),
      },
    })),
  }));
  return w;
}

export const largeWorkspaceText = (): string => encodeWorkspace(largeWorkspace());
