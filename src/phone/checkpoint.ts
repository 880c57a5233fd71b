import {
  ALREADY_ANSWERED,
  checkpointAnswersProblem,
  type PhoneAnswer,
  type PhoneCheckpoint,
} from '../shared/room/checkpointProtocol';
import type { Seat } from '../shared/room/roomProtocol';
import { button, h } from './dom';
import { scaleQuestion } from './scaleQuestion';

/**
 * The alignment checkpoint on a phone: each question with 1–5 as five large buttons (the
 * words at the ends), an optional comment, and Send. Answers go once: "Saved on the
 * laptop" appears only when the laptop acknowledges them, and from then on the page says
 * they are in and offers nothing more to send (the laptop refuses a second send anyway).
 * The draft is kept in the tab, so a locked screen costs nothing.
 */

type Draft = Record<string, { score: number | null; comment: string }>;

type Answering = {
  checkpoint: PhoneCheckpoint;
  seat: Seat;
  draft: Draft;
  answered: boolean;
  pending: number | null;
  problem: string | null;
  online: boolean;
};

const draftKey = (a: Pick<Answering, 'checkpoint' | 'seat'>) =>
  `offsite.room.checkpoint.${a.checkpoint.id}.${a.seat.participantId}`;

function loadDraft(key: string): Draft {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(key) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Draft) : {};
  } catch {
    return {};
  }
}

function saveDraft(key: string, draft: Draft): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage off: the draft lives in the page until it is reloaded.
  }
}

/** The answers as the laptop takes them: every question, a score or null, a comment or ''. */
export function answersOf(checkpoint: PhoneCheckpoint, draft: Draft): PhoneAnswer[] {
  return checkpoint.questions.map((q) => ({
    questionId: q.id,
    score: draft[q.id]?.score ?? null,
    comment: (draft[q.id]?.comment ?? '').trim(),
  }));
}

export class CheckpointPage {
  private state: Answering | null = null;
  private seq = 0;

  constructor(
    private readonly show: (screen: HTMLElement) => void,
    private readonly sendText: (text: string) => boolean,
  ) {}

  get active(): boolean {
    return this.state !== null;
  }

  stop(): void {
    this.state = null;
  }

  hello(checkpoint: PhoneCheckpoint, seat: Seat, answered: boolean): void {
    const same =
      this.state?.checkpoint.id === checkpoint.id && this.state.seat.participantId === seat.participantId
        ? this.state
        : null;
    const fresh: Answering = {
      checkpoint,
      seat,
      draft: same?.draft ?? loadDraft(draftKey({ checkpoint, seat })),
      answered,
      pending: null,
      problem: null,
      online: true,
    };
    this.state = fresh;
    // Sent before the connection dropped and never answered: send it again.
    if (same?.pending !== null && same?.pending !== undefined && !answered) this.send();
    else this.render();
  }

  online(online: boolean): void {
    if (!this.state) return;
    this.state.online = online;
    this.render();
  }

  ack(seq: number): void {
    if (this.state?.pending !== seq) return;
    this.state.pending = null;
    this.state.answered = true;
    this.render();
  }

  refused(seq: number | null, message: string): void {
    const s = this.state;
    if (!s || (seq !== null && s.pending !== seq)) return;
    s.pending = null;
    if (message === ALREADY_ANSWERED) s.answered = true;
    s.problem = message;
    this.render();
  }

  private change(questionId: string, patch: Partial<Draft[string]>, redraw: boolean): void {
    const s = this.state;
    if (!s) return;
    s.draft = { ...s.draft, [questionId]: { score: null, comment: '', ...s.draft[questionId], ...patch } };
    s.problem = null;
    saveDraft(draftKey(s), s.draft);
    if (redraw) this.render();
  }

  private send(): void {
    const s = this.state;
    if (!s || s.answered) return;
    const answers = answersOf(s.checkpoint, s.draft);
    const problem = checkpointAnswersProblem(s.checkpoint, answers);
    if (problem) {
      s.problem = problem;
      this.render();
      return;
    }
    this.seq += 1;
    s.pending = this.seq;
    s.problem = null;
    this.sendText(JSON.stringify({ type: 'answers', seq: this.seq, answers }));
    this.render();
  }

  private render(): void {
    const s = this.state;
    if (!s) return;
    const focused = document.activeElement?.getAttribute('aria-label') ?? null;
    this.show(s.answered ? doneScreen(s) : answerScreen(s, this));
    if (focused) {
      const again = [...document.querySelectorAll('[aria-label]')].find(
        (e) => e.getAttribute('aria-label') === focused,
      );
      if (again instanceof HTMLElement) again.focus();
    }
  }

  /** For the screen's buttons. */
  choose = (questionId: string, score: number | null) => this.change(questionId, { score }, true);
  comment = (questionId: string, comment: string) => this.change(questionId, { comment }, false);
  submit = () => this.send();
}

function header(s: Answering): HTMLElement {
  return h('header', { class: 'ballot-header' }, [
    h('p', { class: 'voter', text: `Answering as ${s.seat.name}` }),
    h('h1', { class: 'question', text: s.checkpoint.title, attrs: { dir: 'auto' } }),
    h('p', {
      class: 'method',
      text: s.checkpoint.anonymous
        ? 'Anonymous: your answers are saved with no link to your name.'
        : 'Named: the room agreed that answers show who gave them.',
    }),
  ]);
}

function answerScreen(s: Answering, page: CheckpointPage): HTMLElement {
  const status = s.problem
    ? { text: s.problem, tone: 'problem' }
    : s.pending !== null
      ? { text: s.online ? 'Sending…' : 'Waiting for the connection to send…', tone: 'plain' }
      : { text: 'Not sent yet. Skip a question you cannot answer.', tone: 'plain' };
  return h('div', { class: 'screen screen-checkpoint', attrs: { 'data-screen': 'checkpoint' } }, [
    header(s),
    s.online
      ? null
      : h('p', {
          class: 'banner-offline',
          attrs: { role: 'alert' },
          text: 'Connection lost — reconnecting. Your answers stay on this phone.',
        }),
    ...s.checkpoint.questions.map((q, index) => questionBlock(s, page, q, index)),
    h('footer', { class: 'send-bar' }, [
      h('p', {
        class: `status status-${status.tone}`,
        text: status.text,
        attrs: { role: status.tone === 'problem' ? 'alert' : 'status', 'data-testid': 'status' },
      }),
      button('Send', page.submit, {
        class: 'button-primary button-send',
        disabled: s.pending !== null,
      }),
    ]),
  ]);
}

function questionBlock(
  s: Answering,
  page: CheckpointPage,
  q: PhoneCheckpoint['questions'][number],
  index: number,
): HTMLElement {
  return scaleQuestion({
    question: q,
    index,
    score: s.draft[q.id]?.score ?? null,
    comment: s.draft[q.id]?.comment ?? '',
    choose: (score) => page.choose(q.id, score),
    editComment: (comment) => page.comment(q.id, comment),
  });
}

function doneScreen(s: Answering): HTMLElement {
  return h('div', { class: 'screen screen-checkpoint', attrs: { 'data-screen': 'checkpoint-done' } }, [
    header(s),
    h('p', {
      class: 'status status-saved',
      text: '✓ Your answers are saved on the laptop. They stay hidden until the facilitator reveals the results.',
      attrs: { role: 'status', 'data-testid': 'status' },
    }),
    s.problem ? h('p', { class: 'message', text: s.problem, attrs: { role: 'alert' } }) : null,
  ]);
}
