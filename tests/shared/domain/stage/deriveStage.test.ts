import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSlides, createDeck } from '../../../../src/shared/domain/deck';
import { cueList, deriveStage, notesKey, Stage, type Cue } from '../../../../src/shared/domain/stage';
import type { BallotContent, Round, Workspace } from '../../../../src/shared/domain/workspace';
import { qbrWorkspace } from '../../../support/qbrWorkspace';
import { workspaceArbitrary } from '../../../support/workspaceArbitrary';

const DATE = '2027-01-15';
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 60);

/** A different ballot with the same voter: what a private vote could have been instead. */
function otherChoice(content: BallotContent): BallotContent {
  switch (content.kind) {
    case 'order':
      return { kind: 'order', tiers: [...content.tiers].reverse().map((t) => [...t].reverse()) };
    case 'points':
    case 'dots': {
      const amounts = content.allocation.map((a) => a.amount);
      return {
        kind: content.kind,
        allocation: content.allocation.map((a, i) => ({
          itemId: a.itemId,
          amount: amounts[(i + 1) % amounts.length]!,
        })),
      };
    }
    case 'pairwise':
      return {
        kind: 'pairwise',
        judgements: content.judgements.map((j) => ({
          ...j,
          prefer: j.prefer === 'a' ? 'b' : j.prefer === 'b' ? 'equal' : 'a',
          strength: 10 - j.strength,
        })),
      };
  }
}

function withOtherOpenBallots(w: Workspace): Workspace {
  const rounds = w.rounds.map((r): Round =>
    r.status === 'open'
      ? { ...r, ballots: r.ballots.map((b) => ({ ...b, content: otherChoice(b.content) })) }
      : r,
  );
  return { ...w, rounds };
}

/** A deck of every section type, its ranking sections pointed at any round, open ones too. */
function withDeck(w: Workspace, roundPicks: number[]): Workspace {
  let n = 0;
  const deck = createDeck(null, w, () => `section-${n++}`);
  const sections = deck.sections.map((s, i) => {
    if ((s.type === 'ranking-result' || s.type === 'alignment') && w.rounds.length > 0) {
      return { ...s, roundId: w.rounds[(roundPicks[i] ?? 0) % w.rounds.length]!.id };
    }
    return s;
  });
  return { ...w, deck: { ...deck, sections } };
}

function everyCue(w: Workspace, chosen: string[]): Cue[] {
  const pages = new Map<string, number>();
  if (w.deck)
    for (const s of buildSlides(w, w.deck, { date: DATE }))
      pages.set(s.sectionId, (pages.get(s.sectionId) ?? 0) + 1);
  return [...cueList(w, pages).map((c) => c.cue), { kind: 'board', priorityIds: chosen }];
}

describe('deriveStage: what the audience sees', () => {
  it('never depends on what anyone chose in a round that is still open', () => {
    fc.assert(
      fc.property(workspaceArbitrary, fc.array(fc.nat(), { maxLength: 12 }), (base, picks) => {
        const w = withDeck(base, picks);
        const other = withOtherOpenBallots(w);
        const chosen = w.priorities.slice(0, 3).map((p) => p.id);
        for (const cue of everyCue(w, chosen)) {
          const seen = deriveStage(w, cue, { date: DATE });
          expect(Stage.safeParse(seen).success).toBe(true);
          // Same voters, other private choices: the room must not be able to tell the difference.
          expect(deriveStage(other, cue, { date: DATE })).toEqual(seen);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never shows the speaker notes, whatever they say', () => {
    fc.assert(
      fc.property(workspaceArbitrary, fc.string({ minLength: 1, maxLength: 40 }), (base, secret) => {
        const w = withDeck(base, []);
        const cues = everyCue(w, []);
        const marker = `SPEAKER-NOTE ${secret}`;
        const noted: Workspace = {
          ...w,
          speakerNotes: Object.fromEntries(cues.map((cue) => [notesKey(cue), marker])),
        };
        for (const cue of cues) {
          const seen = deriveStage(noted, cue, { date: DATE });
          expect(JSON.stringify(seen)).not.toContain('SPEAKER-NOTE');
          expect(seen).toEqual(deriveStage(w, cue, { date: DATE }));
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('shows an open round as who has voted, by name, and nothing about the items', () => {
    const w = qbrWorkspace();
    const round = w.rounds.find((r) => r.status === 'revealed')!;
    const open: Round = {
      ...round,
      id: 'open-1',
      status: 'open',
      revealedAt: null,
      ballots: round.ballots.slice(0, 2),
    };
    const doc = { ...w, rounds: [...w.rounds, open] };
    const stage = deriveStage(doc, { kind: 'round', roundId: 'open-1' }, { date: DATE });
    expect(stage.kind).toBe('voteProgress');
    if (stage.kind !== 'voteProgress') return;
    const votedNames = open.ballots.map((b) => doc.participants.find((p) => p.id === b.participantId)!.name);
    expect(stage.voters.filter((v) => v.voted).map((v) => v.name)).toEqual(votedNames);
    expect(stage.voters.filter((v) => !v.voted).length).toBeGreaterThan(0);
    const json = JSON.stringify(stage);
    for (const id of open.itemIds) {
      const title = doc.priorities.find((p) => p.id === id)!.title;
      expect(json).not.toContain(title);
    }
  });

  it('shows a revealed round as the deck’s results slide, with the items in order', () => {
    const w = qbrWorkspace();
    const round = w.rounds.find((r) => r.status === 'revealed')!;
    const stage = deriveStage(w, { kind: 'round', roundId: round.id }, { date: DATE });
    expect(stage.kind).toBe('slide');
    if (stage.kind !== 'slide') return;
    expect(stage.label).toBe(`Results: ${round.question}`);
    expect(stage.html).toContain('deck-slide');
    expect(stage.html).not.toContain('has not been revealed');
    for (const id of round.itemIds) {
      const title = w.priorities.find((p) => p.id === id)!.title;
      expect(stage.html).toContain(title.replace(/&/g, '&amp;'));
    }
  });

  it('goes black on B whatever the cue, and falls back to the title when the cue is gone', () => {
    const w = qbrWorkspace();
    expect(deriveStage(w, { kind: 'title' }, { date: DATE, blank: true })).toEqual({ kind: 'blank' });
    expect(deriveStage(w, { kind: 'round', roundId: 'gone' }, { date: DATE })).toEqual({
      kind: 'title',
      title: w.name,
      subtitle: `${w.organisation} · ${w.period}`,
    });
    expect(deriveStage(w, { kind: 'slide', sectionId: 'gone', page: 0 }, { date: DATE }).kind).toBe('title');
  });

  it('frames the board on the cards the facilitator chose', () => {
    const w = qbrWorkspace();
    const [a, b] = w.priorities;
    const stage = deriveStage(w, { kind: 'board', priorityIds: [a!.id] }, { date: DATE });
    expect(stage.kind).toBe('board');
    if (stage.kind !== 'board') return;
    expect(stage.svg).toContain(a!.title);
    expect(stage.svg).not.toContain(b!.title);
    expect(stage.svg).toContain('viewBox="0 0 1920 1080"');
  });
});
