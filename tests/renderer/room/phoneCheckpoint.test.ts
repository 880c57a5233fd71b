import { afterEach, describe, expect, it } from 'vitest';
import { CheckpointPage } from '../../../src/phone/checkpoint';
import { ALREADY_ANSWERED, type PhoneCheckpoint } from '../../../src/shared/room/checkpointProtocol';

/**
 * The phone page's checkpoint screen, in a DOM: the questions with 1–5 and the words at
 * the ends, an optional comment, Send; "saved" only on the laptop's ack, and a seat that
 * has answered is offered nothing more to send.
 */

const CHECKPOINT: PhoneCheckpoint = {
  id: 'cp1',
  title: 'Alignment checkpoint',
  anonymous: true,
  questions: [
    { id: 'same-message', wording: 'Are we telling our teams the same thing?' },
    { id: 'own-1', wording: 'Is the EU launch staffed?' },
  ],
};
const SEAT = { participantId: 'p1', name: 'Amara Okafor' };

function mount() {
  const root = document.createElement('main');
  document.body.append(root);
  const sent: unknown[] = [];
  const page = new CheckpointPage(
    (screen) => root.replaceChildren(screen),
    (text) => {
      sent.push(JSON.parse(text));
      return true;
    },
  );
  const click = (label: string) => {
    const b = [...root.querySelectorAll('button')].find(
      (e) => e.getAttribute('aria-label') === label || e.textContent === label,
    );
    if (!b) throw new Error(`no button “${label}”`);
    b.click();
  };
  const status = () => root.querySelector('[data-testid="status"]')?.textContent;
  return { root, page, sent, click, status };
}

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe('the checkpoint on a phone', () => {
  it('shows each question with 1–5, the words at the ends, a comment box and Send', () => {
    const { root, page } = mount();
    page.hello(CHECKPOINT, SEAT, false);
    expect(root.querySelector('h1')?.textContent).toBe('Alignment checkpoint');
    expect(root.textContent).toContain('Answering as Amara Okafor');
    expect(root.textContent).toContain('Anonymous: your answers are saved with no link to your name.');
    const legends = [...root.querySelectorAll('legend')].map((l) => l.textContent);
    expect(legends).toEqual(['1. Are we telling our teams the same thing?', '2. Is the EU launch staffed?']);
    const first = root.querySelectorAll('fieldset')[0]!;
    expect([...first.querySelectorAll('.scale-button')].map((b) => b.textContent)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(first.querySelector('.scale-ends')?.textContent).toBe('1 Not at all5 Completely');
    expect(root.querySelectorAll('textarea')).toHaveLength(2);
    expect([...root.querySelectorAll('button')].at(-1)?.textContent).toBe('Send');
  });

  it('sends once, says saved only on the ack, then offers nothing more to send', () => {
    const { root, page, sent, click, status } = mount();
    page.hello(CHECKPOINT, SEAT, false);
    click('Send');
    expect(sent).toEqual([]);
    expect(status()).toBe('Pick a score (or write a comment) for at least one question.');
    click('4 Mostly — question 1');
    expect(root.querySelector('[aria-pressed="true"]')?.getAttribute('aria-label')).toBe(
      '4 Mostly — question 1',
    );
    const comment = root.querySelectorAll('textarea')[1]!;
    comment.value = '  Berlin is two people short ';
    comment.dispatchEvent(new Event('input'));
    click('Send');
    expect(sent).toEqual([
      {
        type: 'answers',
        seq: 1,
        answers: [
          { questionId: 'same-message', score: 4, comment: '' },
          { questionId: 'own-1', score: null, comment: 'Berlin is two people short' },
        ],
      },
    ]);
    expect(status()).toBe('Sending…');
    page.ack(1);
    expect(status()).toMatch(/^✓ Your answers are saved on the laptop/);
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });

  it('a seat that answered already (a reload, another tab) sees that, and a refused second send says why', () => {
    const { root, page, status } = mount();
    page.hello(CHECKPOINT, SEAT, true);
    expect(status()).toMatch(/^✓ Your answers are saved/);
    expect(root.querySelectorAll('button')).toHaveLength(0);
    const other = mount();
    other.page.hello(CHECKPOINT, SEAT, false);
    other.click('2 A little — question 2');
    other.click('Send');
    other.page.refused(1, ALREADY_ANSWERED);
    expect(other.root.textContent).toContain(ALREADY_ANSWERED);
  });

  it('keeps the draft in the tab through a reload', () => {
    const first = mount();
    first.page.hello(CHECKPOINT, SEAT, false);
    first.click('5 Completely — question 1');
    const again = mount();
    again.page.hello(CHECKPOINT, SEAT, false);
    expect(again.root.querySelector('[aria-pressed="true"]')?.getAttribute('aria-label')).toBe(
      '5 Completely — question 1',
    );
  });
});
