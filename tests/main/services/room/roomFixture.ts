import {
  PLACEHOLDER_PHONE_ASSETS,
  RoomServer,
  type BallotSink,
  type RoomClock,
  type RoomEvent,
  type RoomServerOptions,
} from '../../../../src/main/services/room';
import type { BallotContent } from '../../../../src/shared/domain/workspace';
import type { PhoneRound, Seat } from '../../../../src/shared/room/roomProtocol';

/** Twelve items, as in a real offsite's priority list. */
export const ITEM_IDS = Array.from({ length: 12 }, (_, i) => `item-${i + 1}`);

export const ORDER_ROUND: PhoneRound = {
  id: 'round-1',
  question: 'What matters most next quarter?',
  method: 'order',
  items: ITEM_IDS.map((id, i) => ({ id, title: `Priority ${i + 1}` })),
  budget: 100,
  dots: 4,
  ahpStrength: false,
};

export const seatsFor = (count: number): Seat[] =>
  Array.from({ length: count }, (_, i) => ({ participantId: `p${i + 1}`, name: `Voter ${i + 1}` }));

/**
 * Keeps every ballot it is given, like a workspace would. `delayMs` makes each save slow;
 * `gate` holds each save until it resolves; `refuse` answers every ballot with that message.
 */
export class MemorySink implements BallotSink {
  readonly saved = new Map<string, BallotContent>();
  readonly order: BallotContent[] = [];
  submits = 0;
  constructor(
    private readonly options: { delayMs?: number; gate?: () => Promise<void>; refuse?: string } = {},
  ) {}

  async submit(ballot: Parameters<BallotSink['submit']>[0]) {
    this.submits += 1;
    const { delayMs = 0, gate, refuse } = this.options;
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    if (gate) await gate();
    if (refuse !== undefined) return { ok: false as const, message: refuse };
    this.saved.set(ballot.participantId, ballot.content);
    this.order.push(ballot.content);
    return { ok: true as const };
  }
}

/** A clock the test moves by hand; `every` callbacks run when their time has come. */
export class FakeClock implements RoomClock {
  private t = 1_000_000;
  private readonly timers: Array<{ ms: number; due: number; fn: () => void; on: boolean }> = [];

  now = () => this.t;

  every = (ms: number, fn: () => void) => {
    const timer = { ms, due: this.t + ms, fn, on: true };
    this.timers.push(timer);
    return () => {
      timer.on = false;
    };
  };

  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.on && t.due <= end).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.t = next.due;
      next.due += next.ms;
      next.fn();
    }
    this.t = end;
  }
}

export type StartedRoom = {
  server: RoomServer;
  sink: MemorySink;
  events: RoomEvent[];
  clock: FakeClock;
};

/** A room server on loopback for `voters` seats over the twelve-item order round. */
export async function startRoom(
  options: Partial<RoomServerOptions> & { voters?: number; sink?: MemorySink } = {},
): Promise<StartedRoom> {
  const sink = options.sink ?? new MemorySink();
  const events: RoomEvent[] = [];
  const clock = new FakeClock();
  const server = await RoomServer.start({
    host: '127.0.0.1',
    round: ORDER_ROUND,
    seats: seatsFor(options.voters ?? 4),
    assets: PLACEHOLDER_PHONE_ASSETS,
    clock,
    onEvent: (e) => events.push(e),
    ...options,
    sink,
  });
  return { server, sink, events, clock };
}
