import type { WebSocket } from 'ws';
import type { BallotContent } from '../../../shared/domain/workspace';
import {
  ALREADY_ANSWERED,
  readAnswersMessage,
  type PhoneAnswer,
  type PhoneCheckpoint,
} from '../../../shared/room/checkpointProtocol';
import {
  ballotRoundOf,
  CLOSE_CODES,
  CLOSE_MESSAGES,
  readPhoneMessage,
  type CloseReason,
  type LaptopMessage,
  type PhoneResults,
  type PhoneRound,
  type PhoneRoundAnswer,
  type Seat,
} from '../../../shared/room/roomProtocol';
import type { BallotSink, RoomEvent, RoomSubject } from './roomTypes';

type Link = { ws: WebSocket; seat: Seat; alive: boolean; queue: Promise<void> };

export type PhoneLinksDeps = {
  subject: RoomSubject;
  sink: BallotSink;
  now: () => number;
  emit: (event: RoomEvent) => void;
  /** A valid join or ballot: the link is in use, so the idle limit starts again. */
  touch: () => void;
  maxQueuedBytes: number;
};

/**
 * The WebSockets of claimed seats, one per seat. A phone is greeted with the round's item
 * titles, its own seat and its own ballot (nothing of anyone else's); each ballot it sends
 * is checked by the shared rules, handed to the sink, and acknowledged only once the sink
 * has saved it. A seat's ballots are handled one after another, so a change never
 * overtakes the ballot it changes. On a checkpoint, a phone is greeted with the questions
 * and whether its seat has answered; a seat answers once, and a second send is refused.
 */
export class PhoneLinks {
  private readonly links = new Map<string, Link>();
  private readonly ballots = new Map<string, BallotContent>();
  /** A department round's answers counted for each seat, sent back only to that seat's phone. */
  private readonly roundAnswers = new Map<string, PhoneRoundAnswer[]>();
  private readonly answered = new Set<string>();
  private readonly round: PhoneRound | null;
  private readonly checkpoint: PhoneCheckpoint | null;
  private accepting = true;

  constructor(private readonly deps: PhoneLinksDeps) {
    const { subject } = deps;
    this.round = subject.round ?? null;
    this.checkpoint = subject.checkpoint ?? null;
    for (const [participantId, content] of Object.entries(subject.ballots ?? {}))
      this.ballots.set(participantId, content);
    for (const [participantId, answers] of Object.entries(subject.roundAnswers ?? {}))
      this.roundAnswers.set(participantId, answers);
    for (const participantId of subject.answered ?? []) this.answered.add(participantId);
  }

  get size(): number {
    return this.links.size;
  }

  isConnected(participantId: string): boolean {
    return this.links.has(participantId);
  }

  hasVoted(participantId: string): boolean {
    return this.ballots.has(participantId) || this.answered.has(participantId);
  }

  attach(ws: WebSocket, seat: Seat): void {
    const previous = this.links.get(seat.participantId);
    if (previous) this.end(previous, 'replaced');
    const link: Link = { ws, seat, alive: true, queue: Promise.resolve() };
    this.links.set(seat.participantId, link);
    ws.on('pong', () => {
      link.alive = true;
    });
    ws.on('message', (data, isBinary) => this.receive(link, isBinary ? null : rawText(data)));
    ws.on('error', () => undefined);
    ws.on('close', () => {
      if (this.links.get(seat.participantId) !== link) return;
      this.links.delete(seat.participantId);
      this.deps.emit({ type: 'phoneDisconnected', participantId: seat.participantId });
    });
    this.deps.touch();
    this.deps.emit({ type: 'phoneConnected', participantId: seat.participantId });
    this.hello(link);
  }

  /** A ballot cast on the laptop (pass-the-laptop): the phone of that seat shows it. */
  noteBallot(participantId: string, content: BallotContent | null): void {
    if (content === null) this.ballots.delete(participantId);
    else this.ballots.set(participantId, content);
    const link = this.links.get(participantId);
    if (link) this.hello(link);
  }

  /** Pings every phone; one that did not answer the previous ping is gone and is dropped. */
  heartbeat(): void {
    for (const link of this.links.values()) {
      if (!link.alive) {
        link.ws.terminate();
        continue;
      }
      link.alive = false;
      link.ws.ping();
    }
  }

  /** Stops taking ballots and lets those being saved finish, so each one is acknowledged. */
  async drain(limitMs: number): Promise<void> {
    this.accepting = false;
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)));
    await Promise.race([Promise.all([...this.links.values()].map((l) => l.queue)), limit]);
    clearTimeout(timer);
  }

  /** Closes one seat's socket (released seat) or all of them, telling each phone why. */
  closeSeat(participantId: string, reason: CloseReason): void {
    const link = this.links.get(participantId);
    if (link) this.end(link, reason);
  }

  closeAll(reason: CloseReason, results?: PhoneResults): void {
    for (const link of [...this.links.values()]) this.end(link, reason, results);
  }

  private end(link: Link, reason: CloseReason, results?: PhoneResults): void {
    this.links.delete(link.seat.participantId);
    this.send(link, {
      type: 'closed',
      reason,
      message: CLOSE_MESSAGES[reason],
      ...(results ? { results } : {}),
    });
    link.ws.close(CLOSE_CODES[reason], reason);
    // A phone that does not finish the closing handshake is cut off shortly after.
    setTimeout(() => link.ws.terminate(), 2_000).unref();
    this.deps.emit({ type: 'phoneDisconnected', participantId: link.seat.participantId });
  }

  private hello(link: Link): void {
    if (this.checkpoint) {
      this.send(link, {
        type: 'helloCheckpoint',
        checkpoint: this.checkpoint,
        seat: link.seat,
        answered: this.answered.has(link.seat.participantId),
      });
      return;
    }
    this.send(link, {
      type: 'hello',
      round: this.round!,
      seat: link.seat,
      ballot: this.ballots.get(link.seat.participantId) ?? null,
      ...(this.round?.questions ? { answers: this.roundAnswers.get(link.seat.participantId) ?? [] } : {}),
    });
  }

  private receive(link: Link, text: string | null): void {
    if (this.checkpoint) return this.receiveAnswers(link, this.checkpoint, text);
    const parsed =
      text === null
        ? ({ ok: false, seq: null, message: 'The phone sent something the laptop cannot read.' } as const)
        : readPhoneMessage(text, ballotRoundOf(this.round!), this.round!.questions);
    if (!parsed.ok) {
      this.send(link, { type: 'refused', seq: parsed.seq, message: parsed.message });
      return;
    }
    const { seq, content, answers } = parsed.message;
    if (!this.accepting) {
      this.send(link, { type: 'refused', seq, message: 'Voting has closed: this ballot was not saved.' });
      return;
    }
    this.deps.touch();
    link.queue = link.queue.then(() => this.save(link, seq, content, answers));
  }

  private receiveAnswers(link: Link, checkpoint: PhoneCheckpoint, text: string | null): void {
    const parsed =
      text === null
        ? ({ ok: false, seq: null, message: 'The phone sent something the laptop cannot read.' } as const)
        : readAnswersMessage(text, checkpoint);
    if (!parsed.ok) {
      this.send(link, { type: 'refused', seq: parsed.seq, message: parsed.message });
      return;
    }
    const { seq, answers } = parsed.message;
    if (!this.accepting) {
      this.send(link, { type: 'refused', seq, message: 'Answers have closed: these were not saved.' });
      return;
    }
    this.deps.touch();
    link.queue = link.queue.then(() => this.saveAnswers(link, checkpoint.id, seq, answers));
  }

  private async saveAnswers(
    link: Link,
    checkpointId: string,
    seq: number,
    answers: PhoneAnswer[],
  ): Promise<void> {
    const { participantId } = link.seat;
    // One seat, one answer: a second send is refused here, before it reaches the document.
    if (this.answered.has(participantId)) {
      this.send(link, { type: 'refused', seq, message: ALREADY_ANSWERED });
      return;
    }
    const submit = this.deps.sink.submitAnswers;
    let outcome: { ok: true } | { ok: false; message: string };
    try {
      outcome = submit
        ? await submit.call(this.deps.sink, { checkpointId, participantId, answers })
        : { ok: false, message: 'This laptop takes no checkpoint answers by phone.' };
    } catch {
      outcome = { ok: false, message: 'The laptop could not save your answers. Send them again.' };
    }
    if (!outcome.ok) {
      this.send(link, { type: 'refused', seq, message: outcome.message });
      return;
    }
    this.answered.add(participantId);
    this.deps.emit({ type: 'ballotSaved', participantId });
    this.send(link, { type: 'ack', seq, submittedAt: new Date(this.deps.now()).toISOString() });
  }

  private async save(
    link: Link,
    seq: number,
    content: BallotContent,
    answers: PhoneRoundAnswer[] | undefined,
  ): Promise<void> {
    const { participantId } = link.seat;
    let outcome: { ok: true } | { ok: false; message: string };
    try {
      outcome = await this.deps.sink.submit({
        roundId: this.round!.id,
        participantId,
        content,
        ...(answers === undefined ? {} : { answers }),
      });
    } catch {
      outcome = { ok: false, message: 'The laptop could not save your ballot. Send it again.' };
    }
    if (!outcome.ok) {
      this.send(link, { type: 'refused', seq, message: outcome.message });
      return;
    }
    this.ballots.set(participantId, content);
    if (answers !== undefined) this.roundAnswers.set(participantId, answers);
    this.deps.emit({ type: 'ballotSaved', participantId });
    this.send(link, { type: 'ack', seq, submittedAt: new Date(this.deps.now()).toISOString() });
  }

  private send(link: Link, message: LaptopMessage): void {
    if (link.ws.readyState !== link.ws.OPEN) return;
    // A phone that reads nothing while we keep writing is dropped before it costs memory.
    if (link.ws.bufferedAmount > this.deps.maxQueuedBytes) {
      link.ws.terminate();
      return;
    }
    link.ws.send(JSON.stringify(message));
  }
}

function rawText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}
