import type { RoomBallotResult, RoomEventMessage } from '../../shared/ipc/roomContract';
import type { BallotSink } from './room';

/** Calls `fn` once after `ms`, unless the returned function is called first. */
export type After = (ms: number, fn: () => void) => () => void;

type Outcome = { ok: true } | { ok: false; message: string };
type Waiting = { resolve: (outcome: Outcome) => void; cancel: () => void };

/** How long a phone's ballot waits for the window's answer before the phone is told to send again. */
export const ANSWER_WITHIN_MS = 10_000;
export const NO_ANSWER = 'The laptop did not answer. Send your ballot again in a moment.';
const NO_WINDOW = 'The laptop is not showing this workspace right now. Send your ballot again in a moment.';
const REFUSED = 'The laptop refused this ballot.';
export const LINK_CLOSED = 'The room link closed before the laptop took your ballot.';

/**
 * Phones' ballots go to the facilitator's window, which holds the open document (unsaved
 * edits included) and casts each one with the same castBallot as its own voting screen.
 * Each ballot is sent with a request id; the phone hears "saved" only when the window
 * answers yes to that id, its reason when the window says no, and "send again" when the
 * window does not answer in time or is not there.
 */
export class WindowBallotSink implements BallotSink {
  private readonly waiting = new Map<string, Waiting>();

  constructor(
    private readonly deps: {
      toWindow: (event: RoomEventMessage) => boolean;
      after: After;
      newRequestId: () => string;
      answerWithinMs?: number;
    },
  ) {}

  submit(ballot: Parameters<BallotSink['submit']>[0]): Promise<Outcome> {
    return this.ask((requestId) => ({ type: 'ballot', requestId, ...ballot }));
  }

  /** A seat's checkpoint answers, saved by the window exactly as a ballot is cast. */
  submitAnswers(answers: Parameters<NonNullable<BallotSink['submitAnswers']>>[0]): Promise<Outcome> {
    return this.ask((requestId) => ({ type: 'answers', requestId, ...answers }));
  }

  private ask(event: (requestId: string) => RoomEventMessage): Promise<Outcome> {
    const requestId = this.deps.newRequestId();
    return new Promise<Outcome>((resolve) => {
      const cancel = this.deps.after(this.deps.answerWithinMs ?? ANSWER_WITHIN_MS, () =>
        this.finish(requestId, { ok: false, message: NO_ANSWER }),
      );
      this.waiting.set(requestId, { resolve, cancel });
      let delivered = false;
      try {
        delivered = this.deps.toWindow(event(requestId));
      } catch {
        delivered = false;
      }
      if (!delivered) this.finish(requestId, { ok: false, message: NO_WINDOW });
    });
  }

  /** The window's answer; false when no ballot waits for that id (answered already, or too late). */
  answer(result: RoomBallotResult): boolean {
    return this.finish(
      result.requestId,
      result.ok ? { ok: true } : { ok: false, message: result.message ?? REFUSED },
    );
  }

  /** Every ballot still waiting is refused with `message` (the document is closing). */
  refuseAll(message: string): void {
    for (const requestId of [...this.waiting.keys()]) this.finish(requestId, { ok: false, message });
  }

  get waitingCount(): number {
    return this.waiting.size;
  }

  private finish(requestId: string, outcome: Outcome): boolean {
    const waiting = this.waiting.get(requestId);
    if (!waiting) return false;
    this.waiting.delete(requestId);
    waiting.cancel();
    waiting.resolve(outcome);
    return true;
  }
}
