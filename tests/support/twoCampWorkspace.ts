import { newPriority } from '../../src/shared/domain/priorities';
import { castBallot, createRound, revealRound, startRevote } from '../../src/shared/domain/rounds';
import { addParticipant, createWorkspace, type Workspace } from '../../src/shared/domain/workspace';

/**
 * A divided room: twelve items A–L and two camps. One camp ranks A B C … L; the other
 * ranks L K J I A H G F E D C B. Everybody puts A above H (and above everything from H
 * down), yet no two camps share a top item. Used to check that the result never shows a
 * misleading tie and that the screen and the deck say the same things.
 */
export const TWO_CAMP_LETTERS = 'ABCDEFGHIJKL'.split('');
export const CAMP_ONE = TWO_CAMP_LETTERS;
export const CAMP_TWO = 'LKJIAHGFEDCB'.split('');

export const TWO_CAMP_TITLES: Record<string, string> = {
  A: 'Launch in the EU',
  B: 'Enterprise SSO',
  C: 'Self-serve onboarding',
  D: 'Usage-based pricing',
  E: 'SOC 2 Type II',
  F: 'Partner channel in DACH',
  G: 'Mobile app v2',
  H: 'Data warehouse migration',
  I: 'Reduce churn in SMB',
  J: 'Hire VP Marketing',
  K: 'Customer advisory board',
  L: 'AI assistant beta',
};

const NAMES = [
  'Dana Whitfield',
  'Ravi Menon',
  'Lena Ortiz',
  'Tom Becker',
  'Aiko Tanaka',
  'Marcus Hale',
  'Priya Nair',
  'Jonas Berg',
  'Sofia Rossi',
  'Kwame Mensah',
  'Hana Kim',
  'Lucas Moreau',
  'Ines Duarte',
  'Oskar Lind',
  'Mei Chen',
  'Samir Haddad',
  'Greta Vogel',
  'Tariq Aziz',
  'Nora Quinn',
  'Pavel Novak',
  'Elif Yilmaz',
  'Diego Ramos',
  'Freya Olsen',
  'Yusuf Kaya',
  'Clara Weiss',
];

export type TwoCampOptions = {
  /** How many people vote (the first half, rounded up, is camp one). Default 6. */
  voters?: number;
  /** Item titles by letter; by default realistic priority names. */
  titles?: Record<string, string>;
  /** Add a re-vote with the same ballots after the blind round. Default true. */
  revote?: boolean;
  /** The round's question. */
  question?: string;
};

const NOW = new Date('2027-01-15T09:00:00Z');
const LATER = new Date('2027-01-15T11:00:00Z');

/** Priority ids are `item-A` … `item-L`; the blind round is `blind`, the re-vote `revote`. */
export function twoCampWorkspace(options: TwoCampOptions = {}): Workspace {
  const voters = options.voters ?? 6;
  const titles = options.titles ?? TWO_CAMP_TITLES;
  const question = options.question ?? 'What matters most next quarter?';
  let w = createWorkspace(
    { name: 'Q1 2027 Leadership Offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind Ltd' },
    'ws-two-camps',
    NOW,
  );
  for (let i = 0; i < voters; i++) {
    w = addParticipant(w, { name: NAMES[i] ?? `Voter ${i + 1}` }, `p${i + 1}`);
  }
  w = {
    ...w,
    priorities: TWO_CAMP_LETTERS.map((letter) =>
      newPriority({ title: titles[letter] ?? letter, owner: '', impact: 5, effort: 5 }, `item-${letter}`),
    ),
  };
  const ids = TWO_CAMP_LETTERS.map((l) => `item-${l}`);
  const campOne = Math.ceil(voters / 2);
  const vote = (roundId: string, at: Date) => {
    for (let i = 0; i < voters; i++) {
      const order = i < campOne ? CAMP_ONE : CAMP_TWO;
      w = castBallot(w, roundId, `p${i + 1}`, { kind: 'order', tiers: order.map((l) => [`item-${l}`]) }, at);
    }
    w = revealRound(w, roundId, at);
  };
  w = createRound(w, { question, method: 'order', itemIds: ids }, 'blind', NOW);
  vote('blind', NOW);
  if (options.revote ?? true) {
    w = startRevote(w, 'blind', 'revote', LATER);
    vote('revote', LATER);
  }
  return w;
}
