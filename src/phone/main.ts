import './phone.css';
import './questions.css';
import { ballotProblem } from '../shared/domain/rounds/ballots';
import type { BallotContent } from '../shared/domain/workspace';
import {
  ballotRoundOf,
  type LaptopMessage,
  type PhoneRound,
  type PhoneRoundAnswer,
  type Seat,
} from '../shared/room/roomProtocol';
import { ballotEditor, emptyBallot, METHOD_NAMES } from './ballots';
import { button, h, replaceContent } from './dom';
import { loadDraft, saveDraft } from './drafts';
import {
  loadCredentials,
  postJoin,
  readFragment,
  reclaimRequest,
  saveCredentials,
  type Credentials,
  type JoinOutcome,
} from './joinApi';
import { CheckpointPage } from './checkpoint';
import { RoomLink } from './roomLink';
import {
  loadAnswerDraft,
  roundAnswersOf,
  roundQuestionsSection,
  saveAnswerDraft,
  type AnswerDraft,
} from './roundQuestions';
import { closedScreen, codeScreen, messageScreen, seatsScreen } from './screens';

/**
 * The phone page of the room link: join with the room code (or a seat card's link), pick
 * your own name, vote with the round's method, send. "Saved on the laptop" appears only
 * once the laptop acknowledges the ballot; the ballot being edited is kept in the tab
 * (sessionStorage), so a locked screen or a lost Wi-Fi costs nothing but a reconnect.
 */

type Vote = {
  round: PhoneRound;
  seat: Seat;
  draft: BallotContent;
  /** The ballot the laptop holds for this seat (from the hello or the last ack), as JSON. */
  saved: string | null;
  savedAt: string | null;
  /** The answers to the round's questions being edited (a department round that asks them). */
  answers: AnswerDraft;
  /** The answers the laptop holds for this seat, as JSON (null: not known, or no questions). */
  answersSaved: string | null;
  /** The ballot (and answers) sent and not yet answered. */
  pending: { seq: number; json: string; answersJson: string } | null;
  problem: string | null;
  online: boolean;
};

const app = document.getElementById('app')!;
let credentials: Credentials = loadCredentials();
let vote: Vote | null = null;
let seq = 0;
const link = new RoomLink({
  message: onMessage,
  online: (online) => {
    checkpoint.online(online);
    if (vote) {
      vote.online = online;
      renderVote();
    }
  },
  ended: (reason) => showClosed(reason),
  struggling: () => void reclaim(),
});
const checkpoint = new CheckpointPage(
  (screen) => replaceContent(app, screen),
  (text) => link.send(text),
);

function show(screen: HTMLElement): void {
  vote = vote && screen.dataset['screen'] === 'ballot' ? vote : null;
  checkpoint.stop();
  replaceContent(app, screen);
}

function showClosed(
  reason: Parameters<typeof closedScreen>[0],
  results?: Parameters<typeof closedScreen>[1],
) {
  const onCheckpoint = checkpoint.active;
  show(closedScreen(reason, results, onCheckpoint ? 'checkpoint' : 'round'));
}

const json = (content: BallotContent | null): string | null => (content ? JSON.stringify(content) : null);

async function start(): Promise<void> {
  const fragment = readFragment(location.hash);
  // The token or code leaves the address bar, so a screenshot or a shared tab does not carry it.
  if (fragment.seatToken || fragment.code) history.replaceState(null, '', location.pathname);
  if (fragment.seatToken) {
    credentials = { seatToken: fragment.seatToken };
    saveCredentials(credentials);
    await claim({ seatToken: fragment.seatToken });
  } else if (fragment.code) {
    credentials = { code: fragment.code };
    saveCredentials(credentials);
    await listSeats(fragment.code);
  } else if (credentials.seat) {
    connect();
  } else if (credentials.code) {
    await listSeats(credentials.code);
  } else {
    show(codeScreen({ onCode: (code) => void listSeats(code) }));
  }
}

async function listSeats(code: string): Promise<void> {
  show(messageScreen('Opening the room…'));
  const outcome = await postJoin({ code });
  if (outcome.kind === 'seats') {
    credentials = { code };
    saveCredentials(credentials);
    show(seatsScreen(outcome.seats, (seat) => void claim({ code, participantId: seat.participantId })));
  } else {
    show(codeScreen({ code, error: refusalText(outcome), onCode: (c) => void listSeats(c) }));
  }
}

async function claim(request: Parameters<typeof postJoin>[0]): Promise<void> {
  show(messageScreen('Taking your seat…'));
  const outcome = await postJoin(request);
  if (outcome.kind === 'seat') {
    credentials = { ...credentials, seat: outcome.seat };
    saveCredentials(credentials);
    connect();
    return;
  }
  const retry = () => void claim(request);
  show(
    messageScreen(refusalText(outcome), {
      title: outcome.kind === 'refused' ? 'This seat cannot be opened here' : 'The laptop cannot be reached',
      actions: [
        outcome.kind === 'unreachable' ? button('Try again', retry, { class: 'button-primary' }) : null,
        button('Join with the room code', () => {
          credentials = {};
          saveCredentials(credentials);
          show(codeScreen({ onCode: (code) => void listSeats(code) }));
        }),
      ],
    }),
  );
}

function refusalText(outcome: JoinOutcome): string {
  if (outcome.kind === 'refused') return outcome.message;
  return "The laptop cannot be reached. Check that this phone is on the room's Wi-Fi, then try again.";
}

function connect(): void {
  show(messageScreen('Connecting to the laptop…'));
  link.connect();
}

/** After a long outage the device cookie may be gone: claim the seat again the same way. */
async function reclaim(): Promise<void> {
  const request = reclaimRequest(credentials);
  if (!request) return;
  const outcome = await postJoin(request);
  if (outcome.kind === 'refused') {
    link.end();
    show(messageScreen(outcome.message, { title: 'This seat cannot be opened here' }));
  }
}

function onMessage(message: LaptopMessage): void {
  switch (message.type) {
    case 'hello':
      checkpoint.stop();
      return onHello(message.round, message.seat, message.ballot, message.answers);
    case 'helloCheckpoint':
      vote = null;
      return checkpoint.hello(message.checkpoint, message.seat, message.answered);
    case 'ack':
      if (checkpoint.active) return checkpoint.ack(message.seq);
      if (vote?.pending?.seq === message.seq) {
        vote.saved = vote.pending.json;
        if (vote.round.questions) vote.answersSaved = vote.pending.answersJson;
        vote.savedAt = message.submittedAt;
        vote.pending = null;
        renderVote();
      }
      return;
    case 'refused':
      if (checkpoint.active) return checkpoint.refused(message.seq, message.message);
      if (vote && (message.seq === null || vote.pending?.seq === message.seq)) {
        vote.pending = null;
        vote.problem = message.message;
        renderVote();
      }
      return;
    case 'closed':
      link.end();
      showClosed(message.reason, message.results);
      return;
  }
}

/** What the phone sends of its answers, as JSON, to tell a change from what was saved. */
const answersJson = (v: Pick<Vote, 'round' | 'answers'>): string => JSON.stringify(sentAnswers(v) ?? []);

/** The answers sent with the order: none on a round that asks no questions. */
function sentAnswers(v: Pick<Vote, 'round' | 'answers'>): PhoneRoundAnswer[] | undefined {
  return v.round.questions ? roundAnswersOf(v.round.questions, v.answers) : undefined;
}

function onHello(
  round: PhoneRound,
  seat: Seat,
  ballot: BallotContent | null,
  laptopAnswers: PhoneRoundAnswer[] | undefined,
): void {
  const same = vote?.round.id === round.id && vote.seat.participantId === seat.participantId ? vote : null;
  const held = round.questions && laptopAnswers ? JSON.stringify(laptopAnswers) : null;
  const fresh = (content: BallotContent | null) => (content?.kind === round.method ? content : null);
  let draft: BallotContent;
  if (!same) draft = fresh(loadDraft(round.id, seat.participantId)) ?? fresh(ballot) ?? emptyBallot(round);
  // Not changed since it was saved: follow the laptop (a ballot cast there for this seat).
  else if (json(same.draft) === same.saved) draft = fresh(ballot) ?? same.draft;
  else draft = same.draft;
  let answers: AnswerDraft;
  if (same) answers = same.answers;
  else {
    // A new tab: the answers kept in this one, else those the laptop holds for this seat.
    const kept = loadAnswerDraft(round.id, seat.participantId);
    answers = Object.keys(kept).length > 0 ? kept : draftOf(laptopAnswers ?? []);
  }
  vote = {
    round,
    seat,
    draft,
    saved: json(fresh(ballot)),
    savedAt: same && json(fresh(ballot)) === same.saved ? same.savedAt : null,
    answers,
    answersSaved: held,
    pending: null,
    problem: null,
    online: true,
  };
  // Sent before the connection dropped and never answered: send it again.
  if (same?.pending && (same.pending.json !== vote.saved || same.pending.answersJson !== held)) send();
  renderVote();
}

function draftOf(answers: readonly PhoneRoundAnswer[]): AnswerDraft {
  return Object.fromEntries(answers.map((a) => [a.questionId, { score: a.score, comment: a.comment }]));
}

function changeAnswer(questionId: string, patch: Partial<AnswerDraft[string]>, redraw: boolean): void {
  if (!vote) return;
  const before = vote.answers[questionId] ?? { score: null, comment: '' };
  vote.answers = { ...vote.answers, [questionId]: { ...before, ...patch } };
  vote.problem = null;
  saveAnswerDraft(vote.round.id, vote.seat.participantId, vote.answers);
  if (redraw) renderVote();
}

function change(next: BallotContent): void {
  if (!vote) return;
  vote.draft = next;
  vote.problem = null;
  saveDraft(vote.round.id, vote.seat.participantId, next);
  renderVote();
}

function send(): void {
  if (!vote) return;
  const problem = ballotProblem(ballotRoundOf(vote.round), vote.draft);
  if (problem) {
    vote.problem = problem;
    renderVote();
    return;
  }
  seq++;
  const text = json(vote.draft)!;
  const answers = sentAnswers(vote);
  vote.pending = { seq, json: text, answersJson: answersJson(vote) };
  vote.problem = null;
  link.send(JSON.stringify({ type: 'ballot', seq, content: vote.draft, ...(answers ? { answers } : {}) }));
  renderVote();
}

/** The order, or (on a round that asks questions) the answers, differ from what the laptop holds. */
function changedSinceSaved(v: Vote): boolean {
  if (json(v.draft) !== v.saved) return true;
  return v.round.questions !== undefined && answersJson(v) !== v.answersSaved;
}

function status(v: Vote): { text: string; tone: 'saved' | 'problem' | 'plain' } {
  if (v.problem) return { text: v.problem, tone: 'problem' };
  if (v.pending)
    return { text: v.online ? 'Sending…' : 'Waiting for the connection to send…', tone: 'plain' };
  if (v.saved !== null && !changedSinceSaved(v)) {
    const at = v.savedAt
      ? ` at ${new Date(v.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
      : '';
    return {
      text: `✓ Saved on the laptop${at}. You can change it until the results are revealed.`,
      tone: 'saved',
    };
  }
  return { text: v.saved === null ? 'Not sent yet.' : 'Changed — not sent yet.', tone: 'plain' };
}

function renderVote(): void {
  const v = vote;
  if (!v) return;
  // A row being dragged stays under the finger; the page is drawn again when it is dropped.
  if (document.querySelector('.dragging')) return;
  const focused = document.activeElement?.getAttribute('aria-label') ?? null;
  const state = status(v);
  const changed = v.saved !== null && changedSinceSaved(v);
  const screen = h('div', { class: 'screen screen-ballot', attrs: { 'data-screen': 'ballot' } }, [
    h('header', { class: 'ballot-header' }, [
      h('p', { class: 'voter', text: `Voting as ${v.seat.name}` }),
      h('h1', { class: 'question', text: v.round.question || METHOD_NAMES[v.round.method] }),
      h('p', { class: 'method', text: METHOD_NAMES[v.round.method] }),
    ]),
    v.online
      ? null
      : h('p', {
          class: 'banner-offline',
          attrs: { role: 'alert' },
          text: 'Connection lost — reconnecting. Your changes stay on this phone.',
        }),
    ballotEditor({ round: v.round, draft: v.draft, change }),
    v.round.questions && v.round.questions.length > 0
      ? roundQuestionsSection({
          questions: v.round.questions,
          draft: v.answers,
          choose: (questionId, score) => changeAnswer(questionId, { score }, true),
          // The field keeps its own text; the status line follows at the next redraw.
          comment: (questionId, comment) => changeAnswer(questionId, { comment }, false),
        })
      : null,
    h('footer', { class: 'send-bar' }, [
      h('p', {
        class: `status status-${state.tone}`,
        text: state.text,
        attrs: { role: state.tone === 'problem' ? 'alert' : 'status', 'data-testid': 'status' },
      }),
      button(v.saved === null || !changed ? 'Send my vote' : 'Send my change', send, {
        class: 'button-primary button-send',
        disabled: v.pending !== null,
      }),
    ]),
  ]);
  show(screen);
  vote = v;
  if (focused) {
    const again = [...app.querySelectorAll('[aria-label]')].find(
      (e) => e.getAttribute('aria-label') === focused,
    );
    if (again instanceof HTMLElement && !(again as HTMLButtonElement).disabled) again.focus();
  }
}

void start();
