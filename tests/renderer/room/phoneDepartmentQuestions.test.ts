import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkEvents } from '../../../src/phone/roomLink';
import type { PhoneRound } from '../../../src/shared/room/roomProtocol';

/**
 * The phone page on a department round, in a DOM (the room link replaced by one that
 * records what the page sends): a translation check's questions come after the order
 * editor with 1–5 each, and the order goes WITH the answers in one message. A check that
 * asks nothing shows no questions and sends the order alone, as before.
 */

const link = vi.hoisted(() => ({ events: null as LinkEvents | null, sent: [] as unknown[] }));

vi.mock('../../../src/phone/roomLink', () => ({
  RoomLink: class {
    constructor(events: LinkEvents) {
      link.events = events;
    }
    connect() {}
    end() {}
    send(text: string) {
      link.sent.push(JSON.parse(text));
      return true;
    }
  },
}));

const SEAT = { participantId: 'ballot-1', name: 'Respondent 1' };
const ROUND: PhoneRound = {
  id: 'tc1',
  question: 'Which first?',
  method: 'order',
  items: [
    { id: 'a', title: 'Alpha' },
    { id: 'b', title: 'Beta' },
  ],
  budget: 0,
  dots: 0,
  ahpStrength: false,
  questions: [
    { id: 'same-message', wording: 'Are we telling our teams the same thing?' },
    { id: 'own-1', wording: 'Is the EU launch staffed?' },
  ],
};

/** Loads the page as a phone that already holds its seat, then greets it as the laptop would. */
async function openPage(round: PhoneRound, answers?: unknown[]) {
  sessionStorage.setItem('offsite.room.join', JSON.stringify({ seat: SEAT }));
  await import('../../../src/phone/main');
  const hello = { type: 'hello', round, seat: SEAT, ballot: null, ...(answers ? { answers } : {}) } as const;
  link.events!.message(hello as never);
  const app = document.getElementById('app')!;
  const click = (label: string) => {
    const b = [...app.querySelectorAll('button')].find(
      (e) => e.getAttribute('aria-label') === label || e.textContent === label,
    );
    if (!b) throw new Error(`no button “${label}”`);
    b.click();
  };
  const status = () => app.querySelector('[data-testid="status"]')?.textContent;
  return { app, click, status };
}

beforeEach(() => {
  vi.resetModules();
  link.events = null;
  link.sent = [];
  document.body.innerHTML = '<div id="app"></div>';
});

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe('a department round’s questions on a phone', () => {
  it('shows the questions after the order editor and sends the answers with the order', async () => {
    const { app, click, status } = await openPage(ROUND);
    const editor = app.querySelector('[aria-label="Questions"]')!;
    expect(editor).not.toBeNull();
    // Ranking first, then the questions, then Send.
    const orderRows = app.querySelectorAll('.screen-ballot li');
    expect(orderRows.length).toBeGreaterThan(0);
    expect(orderRows[0]!.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect([...editor.querySelectorAll('legend')].map((l) => l.textContent)).toEqual([
      '1. Are we telling our teams the same thing?',
      '2. Is the EU launch staffed?',
    ]);

    click('4 Mostly — question 1');
    const comment = app.querySelectorAll('textarea')[1]!;
    comment.value = 'Two hires\nstill open';
    comment.dispatchEvent(new Event('input'));
    click('Send my vote');

    expect(link.sent).toEqual([
      {
        type: 'ballot',
        seq: 1,
        content: { kind: 'order', tiers: [['a'], ['b']] },
        answers: [
          { questionId: 'same-message', score: 4, comment: '' },
          { questionId: 'own-1', score: null, comment: 'Two hires still open' },
        ],
      },
    ]);
    link.events!.message({ type: 'ack', seq: 1, submittedAt: '2026-12-06T09:00:00.000Z' });
    expect(status()).toMatch(/^✓ Saved on the laptop/);

    // A changed answer is a change to send, like a changed order.
    click('2 A little — question 2');
    expect(status()).toBe('Changed — not sent yet.');
    expect([...app.querySelectorAll('button')].at(-1)?.textContent).toBe('Send my change');
  });

  it('keeps the answers through a reconnect, and a new tab shows those the laptop holds', async () => {
    const { app, click } = await openPage(ROUND);
    click('5 Completely — question 1');
    link.events!.online(false);
    link.events!.message({ type: 'hello', round: ROUND, seat: SEAT, ballot: null, answers: [] });
    expect(app.querySelector('[aria-label="5 Completely — question 1"]')?.getAttribute('aria-pressed')).toBe(
      'true',
    );

    // Another tab (nothing kept in it): the answers counted for this seat come back from the laptop.
    sessionStorage.clear();
    vi.resetModules();
    document.body.innerHTML = '<div id="app"></div>';
    const fresh = await openPage(ROUND, [{ questionId: 'own-1', score: 3, comment: 'Mostly' }]);
    expect(
      fresh.app.querySelector('[aria-label="3 Partly — question 2"]')?.getAttribute('aria-pressed'),
    ).toBe('true');
    expect(fresh.app.querySelectorAll('textarea')[1]!.value).toBe('Mostly');
  });

  it('asks nothing and sends the order alone when the check has no questions', async () => {
    const { app, click } = await openPage({ ...ROUND, questions: undefined });
    expect(app.querySelector('[aria-label="Questions"]')).toBeNull();
    expect(app.querySelectorAll('fieldset')).toHaveLength(0);
    click('Send my vote');
    expect(link.sent).toEqual([
      { type: 'ballot', seq: 1, content: { kind: 'order', tiers: [['a'], ['b']] } },
    ]);
  });
});
