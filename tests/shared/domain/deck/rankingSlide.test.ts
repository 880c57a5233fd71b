import { describe, expect, it } from 'vitest';
import { buildSlides, createDeck, escapeHtml, type SlideOf } from '../../../../src/shared/domain/deck';
import { rankingBody } from '../../../../src/shared/domain/deck/chartSlidesHtml';
import {
  alignmentFactsLine,
  campLines,
  certaintyLines,
  CONTEST_EXPLANATIONS,
  METHOD_NAMES,
  placeRangeText,
  representativeNote,
} from '../../../../src/shared/domain/ranking';
import { roundResults } from '../../../../src/shared/domain/rounds';
import type { Workspace } from '../../../../src/shared/domain/workspace';
import { TWO_CAMP_LETTERS, twoCampWorkspace } from '../../../support/twoCampWorkspace';

const LETTERS = Object.fromEntries(TWO_CAMP_LETTERS.map((l) => [l, l]));

function rankingSlidesOf(w: Workspace): SlideOf<'ranking'>[] {
  let n = 0;
  const deck = createDeck(null, w, () => `s${++n}`);
  return buildSlides(w, deck, { date: '2027-01-15' }).filter(
    (s): s is SlideOf<'ranking'> => s.kind === 'ranking',
  );
}

describe('the deck’s ranking slide for a room split in two camps', () => {
  const w = twoCampWorkspace({ titles: LETTERS });
  const results = roundResults(
    w,
    w.rounds.find((r) => r.id === 'revote')!,
  );
  if (!results.ok) throw new Error(results.message);
  const { analysis, titles } = results;
  const slides = rankingSlidesOf(w);
  const contents = slides.map((s) => {
    if (!s.content.ok) throw new Error(s.content.message);
    return s.content;
  });
  const first = contents[0]!;

  it('says what the results screen says, in the same words', () => {
    expect(first.alignment.word).toBe(analysis.verdict.word);
    expect(first.alignment.word).toBe('two camps');
    expect(first.alignment.sentence).toBe(analysis.verdict.sentence);
    expect(first.alignment.facts).toBe(alignmentFactsLine(analysis));
    expect(first.camps).toEqual(campLines(analysis, titles, false));
    expect(first.camps).toHaveLength(2);
    expect(first.certainties).toEqual(certaintyLines(analysis, titles));
    expect(first.certainties.join(' ')).toContain('All 6 put “A” above “H”');
    expect(first.note).toBe(representativeNote(analysis));
    expect(first.method).toBe(METHOD_NAMES.kemeny);
    for (const c of first.contested) expect(c.explanation).toBe(CONTEST_EXPLANATIONS[c.reason]);

    const html = rankingBody(first);
    for (const text of [
      first.alignment.word,
      first.alignment.sentence,
      first.alignment.facts,
      ...first.camps,
      ...first.certainties,
    ])
      expect(html).toContain(escapeHtml(text));
  });

  it('lists the representative order with each item’s range, and no row contradicts its own chart', () => {
    const rows = contents.flatMap((c) => c.places);
    expect(rows.map((r) => r.title)).toEqual(analysis.ranges.map((r) => titles[r.candidate]));
    expect(rows.map((r) => r.range)).toEqual(analysis.ranges.map((r) => placeRangeText(r.first, r.last)));
    expect(rows[0]).toMatchObject({ title: 'A', place: 1, range: '1–5' });
    for (const row of rows) {
      expect(row.place).toBeGreaterThanOrEqual(row.first);
      expect(row.place).toBeLessThanOrEqual(row.last);
      // The dot (average place) sits on the band of places the row says the item could take.
      expect(row.meanRank).toBeGreaterThanOrEqual(row.first);
      expect(row.meanRank).toBeLessThanOrEqual(row.last);
    }
    const h = rows.find((r) => r.title === 'H')!;
    expect(rankingBody({ ...first, places: [h] })).toContain(
      `aria-label="Places ${h.first} to ${h.last}, average place 7"`,
    );
  });
});
