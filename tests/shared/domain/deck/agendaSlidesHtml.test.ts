import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { updateBlock } from '../../../../src/shared/domain/agenda';
import { buildSlides, deckDocument, slideHtml } from '../../../../src/shared/domain/deck';
import { agendaDeckWorkspace, NOW } from './agendaDeckWorkspace';

const FOOTER = { confidential: true, organisation: 'Northwind Ltd' };
const OPTIONS = { date: '2027-01-15', now: NOW };

/** The slide's text as a reader sees it (tags gone, entities decoded), and its elements. */
function parse(html: string) {
  const window = new Window();
  // Cells and lines end in a space, as a reader sees them apart.
  const spaced = html.replace(/<\/(td|th|p|li|h\d|span|strong|tr)>|<br>/g, '$& ');
  const doc = new window.DOMParser().parseFromString(`<body>${spaced}</body>`, 'text/html');
  const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
  const tags = Array.from(doc.body.querySelectorAll('*')).map((el) => el.tagName.toLowerCase());
  const handlers = Array.from(doc.body.querySelectorAll('*')).flatMap((el) =>
    Array.from(el.attributes)
      .map((a) => a.name)
      .filter((n) => n.startsWith('on') || n === 'style'),
  );
  window.close();
  return { text, tags, handlers };
}

function slidesHtml(w = agendaDeckWorkspace({ parked: 40 })) {
  const slides = buildSlides(w, w.deck!, OPTIONS);
  return slides.map((slide, index) => ({
    slide,
    html: slideHtml(slide, { index, total: slides.length }, FOOTER),
  }));
}

describe('the agenda, time and parking-lot slides as HTML', () => {
  const all = slidesHtml();
  const textOf = (kind: string) =>
    all
      .filter((s) => s.slide.kind === kind)
      .map((s) => parse(s.html).text)
      .join(' ');

  it('prints the plan: days, times, fixed starts and the clash, with the zone stated', () => {
    const text = textOf('agenda-plan');
    expect(text).toContain('Times in Europe/Berlin');
    expect(text).toContain('Day 1 · 15 January 2027 · 09:00–17:30 5 h 45 min planned');
    expect(text).toContain('09:30–10:30 Rank the bets for next quarter Ranking round 1 h');
    expect(text).toContain('12:30–13:30 Lunch Fixed start 12:30');
    expect(text).toContain('Conflict The block before runs 30 min past this fixed start.');
    expect(text).toContain('Lunch is at 12:30 both days.');
  });

  it('prints where the time went: totals, each block’s pair of bars, and the contested items’ minutes', () => {
    const text = textOf('time-spent');
    expect(text).toContain('3 h 36 min spent against 5 h 45 min planned, over 8 blocks (−2 h 9 min).');
    expect(text).toContain(
      'Contested AI assistant beta: 72 min across 1 block · Enterprise SSO: 34 min across 3 blocks',
    );
    expect(text).toContain('Rank the bets for next quarter Ranking round 60 min 72 min +12 min');
    expect(text).toContain('Enterprise SSO Contested 34 min across 3 blocks');
    const html = all.find((s) => s.slide.kind === 'time-spent')!.html;
    expect(html).toContain('aria-label="Planned 60 min, actual 72 min"');
  });

  it('prints the parking lot with its counts and every item’s outcome', () => {
    const text = textOf('parking-lot');
    expect(text).toContain(
      '40 items parked: 7 open 7 action items 7 decisions 7 for the next session 6 long-term 6 dropped',
    );
    expect(text).toContain('Do we still need the DACH partner programme (4) · Launch in the EU');
    expect(text).toContain('Action item Owner: Łukasz Wróblewski · due 2027-02-26');
    expect(text).toContain('Dropped Reason: Covered by the vendor contract');
    for (let n = 1; n <= 40; n++) expect(text).toMatch(new RegExp(`\\(${n}\\)`));
  });

  it('shows text typed into blocks and parked items as text, never as markup', () => {
    const payload = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    let w = agendaDeckWorkspace({ parked: 2 });
    w = updateBlock(w, 'b2', { title: `Rank ${payload}` });
    w = { ...w, parkingLot: w.parkingLot.map((p) => ({ ...p, text: `${p.text} ${payload}` })) };
    const shown = new Map<string, string>();
    for (const { slide, html } of slidesHtml(w)) {
      const { text, tags, handlers } = parse(html);
      expect(tags, slide.title).not.toContain('script');
      expect(tags, slide.title).not.toContain('img');
      expect(handlers, slide.title).toEqual([]);
      shown.set(slide.kind, `${shown.get(slide.kind) ?? ''} ${text}`);
    }
    for (const kind of ['agenda-plan', 'time-spent', 'parking-lot']) {
      expect(shown.get(kind), kind).toContain(payload);
    }
  });
});

describe('the printed document with these sections', () => {
  it('has one page per slide and counts the running block up to the time it is printed for', () => {
    const w = agendaDeckWorkspace({ parked: 40 });
    const doc = deckDocument(w, w.deck!, { ...OPTIONS, fontFaceCss: '' });
    const slides = buildSlides(w, w.deck!, OPTIONS);
    expect(doc.match(/<section class="deck-slide/g)).toHaveLength(slides.length);
    expect(doc).toContain('Parking lot (1/');
    expect(parse(doc).text).toContain('Debrief and parking lot triage Checkpoint 30 min 10 min −20 min');
    const later = deckDocument(w, w.deck!, { ...OPTIONS, now: NOW + 25 * 60_000, fontFaceCss: '' });
    expect(parse(later).text).toContain('Debrief and parking lot triage Checkpoint 30 min 35 min +5 min');
  });
});
