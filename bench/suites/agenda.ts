import { replanDay, type PlanBlock } from '../../src/shared/domain/agenda';
import { seededRandom } from '../../src/shared/domain/ranking/random';
import { medianMs, withPeer, type BenchEntry } from '../measure';

const DAYS = 8;
const BLOCKS_PER_DAY = 25;
const DAY_START = 8 * 60;
const DAY_END = 18 * 60 + 30;
/** Re-planning a 200-block multi-day agenda must feel instant on the console. */
const BUDGET_MS = 5;

/**
 * Eight days of 25 blocks (10–40 min, minimum a third) from 8:00, each with a fixed-start
 * lunch and a fixed-start afternoon block where the plan put them.
 */
function agenda(): PlanBlock[][] {
  const random = seededRandom(20261206);
  return Array.from({ length: DAYS }, (_, day) => {
    let at = DAY_START;
    return Array.from({ length: BLOCKS_PER_DAY }, (_, i): PlanBlock => {
      const minutes = 10 + Math.floor(random() * 30);
      const block = {
        id: `d${day}b${i}`,
        minutes,
        minMinutes: Math.ceil(minutes / 3),
        fixedStart: i === 9 || i === 18 ? at : null,
      };
      at += minutes;
      return block;
    });
  });
}

/**
 * The peer: the simplest re-plan there is, every remaining block scaled by one factor to
 * the time left, with no minimums and no fixed points.
 */
function scaleAll(blocks: readonly PlanBlock[], now: number, dayEnd: number): number[] {
  const total = blocks.reduce((sum, b) => sum + b.minutes, 0);
  const factor = (dayEnd - now) / total;
  return blocks.map((b) => Math.round(b.minutes * factor));
}

/** agenda.replan.200: every day of a 200-block agenda re-planned after a 25-minute overrun. */
export default async function runAgendaBench(): Promise<Record<string, BenchEntry>> {
  const days = agenda();
  const now = DAY_START + 25;
  const dayEnd = DAY_END;
  const ours = await medianMs(() => days.map((blocks) => replanDay(blocks, now, dayEnd)), 51, 10);
  const peer = await medianMs(() => days.map((blocks) => scaleAll(blocks, now, dayEnd)), 51, 10);
  return {
    'agenda.replan.200': withPeer(ours, peer, {
      budget: BUDGET_MS,
      note: `${DAYS} days × ${BLOCKS_PER_DAY} blocks, fixed lunch and 16:00, minimums kept; peer: one scale factor for every block`,
    }),
  };
}
