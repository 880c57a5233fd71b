import { describe, expect, it } from 'vitest';
import { roundResults } from '../../../src/shared/domain/rounds';
import { createRound } from '../../../src/shared/domain/rounds';
import { phoneResultsOf } from '../../../src/shared/room/phoneResults';
import { PhoneResults } from '../../../src/shared/room/roomProtocol';
import { TWO_CAMP_TITLES, twoCampWorkspace } from '../../support/twoCampWorkspace';

describe('the results sent to the phones at a reveal', () => {
  it('say what the screen says: the same order, the same ranges of places, the same verdict', () => {
    const w = twoCampWorkspace({ revote: false });
    const round = w.rounds[0]!;
    const sent = phoneResultsOf(w, round);
    const shown = roundResults(w, round);
    if (!sent || !shown.ok) throw new Error('expected results');
    expect(PhoneResults.parse(sent)).toEqual(sent);
    expect(sent.question).toBe(round.question);
    expect(sent.places.map((p) => p.title)).toEqual(
      shown.analysis.ranges.map((r) => TWO_CAMP_TITLES[r.candidate.replace('item-', '')]),
    );
    // A divided room: ranges, never a false tie of single places.
    expect(sent.places.some((p) => p.place.includes('–'))).toBe(true);
    expect(sent.places.map((p) => p.place)).toEqual(
      shown.analysis.ranges.map((r) => (r.first === r.last ? `${r.first}` : `${r.first}–${r.last}`)),
    );
    expect(sent.summary).toBe(shown.analysis.verdict.sentence);
    expect(sent.summary).toMatch(/two camps/);
  });

  it('name nobody: no voter name or id appears in what is sent', () => {
    const w = twoCampWorkspace({ revote: false });
    const text = JSON.stringify(phoneResultsOf(w, w.rounds[0]!));
    for (const p of w.participants) {
      expect(text).not.toContain(p.name);
      expect(text).not.toContain(`"${p.id}"`);
    }
  });

  it('are nothing when the round has no ballots to show', () => {
    let w = twoCampWorkspace({ revote: false });
    w = createRound(
      w,
      { question: 'Empty?', method: 'order', itemIds: ['item-A', 'item-B'] },
      'empty',
      new Date(),
    );
    expect(
      phoneResultsOf(
        w,
        w.rounds.find((r) => r.id === 'empty')!,
      ),
    ).toBeNull();
  });
});
