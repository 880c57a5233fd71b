import { z } from 'zod';
import { parseJsonSafely } from '../workspace/safeJson';
import { AGENDA_LIMITS, type ParkedItem, type Workspace } from '../workspace';

/**
 * Parked items carried to the next session in a file (until quarters are linked in a
 * series): the open, carried, next-session and long-term items, with the priority each
 * was about by title (ids mean nothing in another workspace). Reading one is reading
 * outside text, so it returns a result: a damaged or foreign file is refused and explained.
 */
export const CARRY_FORMAT = 'offsite-parking-lot';
export const CARRY_VERSION = 1;

const CARRIED_OUTCOMES = ['open', 'carried', 'next-session', 'long-term'] as const;

const CarriedItem = z.strictObject({
  text: z.string().min(1).max(AGENDA_LIMITS.parkedText),
  outcome: z.enum(CARRIED_OUTCOMES),
  priorityTitle: z.string().max(200),
  parkedAt: z.iso.datetime({ offset: true }),
});

const CarryFile = z.strictObject({
  format: z.literal(CARRY_FORMAT),
  version: z.literal(CARRY_VERSION),
  from: z.strictObject({ workspace: z.string().max(200), period: z.string().max(40) }),
  items: z.array(CarriedItem).max(AGENDA_LIMITS.parked),
});
export type CarryFile = z.infer<typeof CarryFile>;

export function carryFileOf(w: Workspace): CarryFile {
  const titles = new Map(w.priorities.map((p) => [p.id, p.title]));
  return {
    format: CARRY_FORMAT,
    version: CARRY_VERSION,
    from: { workspace: w.name, period: w.period },
    items: w.parkingLot
      .filter((p): p is ParkedItem & { outcome: (typeof CARRIED_OUTCOMES)[number] } =>
        (CARRIED_OUTCOMES as readonly string[]).includes(p.outcome),
      )
      .map((p) => ({
        text: p.text,
        outcome: p.outcome,
        priorityTitle: (p.priorityId ? titles.get(p.priorityId) : undefined) ?? '',
        parkedAt: p.parkedAt,
      })),
  };
}

export type CarryRead = { ok: true; file: CarryFile } | { ok: false; message: string };

export function readCarryFile(text: string): CarryRead {
  const parsed = parseJsonSafely(text);
  if (!parsed.ok)
    return { ok: false, message: 'This file is not a parking-lot file (it is not valid JSON).' };
  const value = parsed.value as { format?: unknown; version?: unknown } | null;
  if (value === null || typeof value !== 'object' || value.format !== CARRY_FORMAT) {
    return { ok: false, message: 'This file is not an Offsite parking-lot file.' };
  }
  if (typeof value.version === 'number' && value.version > CARRY_VERSION) {
    return {
      ok: false,
      message: 'This parking-lot file was made by a newer Offsite: update Offsite to read it.',
    };
  }
  const checked = CarryFile.safeParse(value);
  return checked.success
    ? { ok: true, file: checked.data }
    : { ok: false, message: 'This parking-lot file is damaged: nothing was imported.' };
}

/**
 * The carried items join this workspace's lot as open items, each saying where it came
 * from, linked to the priority of the same title if there is one. Items already carried
 * in (same text, same time parked) are not added twice.
 */
export function importCarried(
  w: Workspace,
  file: CarryFile,
  newId: () => string,
): { workspace: Workspace; added: number } {
  const byTitle = new Map(w.priorities.map((p) => [p.title.trim().toLowerCase(), p.id]));
  const seen = new Set(w.parkingLot.map((p) => `${p.text}\u0000${p.parkedAt}`));
  const room = AGENDA_LIMITS.parked - w.parkingLot.length;
  const fresh = file.items
    .filter((i) => !seen.has(`${i.text}\u0000${i.parkedAt}`))
    .slice(0, Math.max(0, room));
  const from = [file.from.workspace, file.from.period].filter((s) => s.trim()).join(', ');
  const added: ParkedItem[] = fresh.map((i) => ({
    id: newId(),
    text: i.text,
    parkedAt: i.parkedAt,
    blockId: null,
    priorityId: byTitle.get(i.priorityTitle.trim().toLowerCase()) ?? null,
    outcome: 'open',
    reason:
      `Carried from ${from || 'an earlier session'}${i.outcome === 'long-term' ? ' (long-term issue)' : ''}.`.slice(
        0,
        AGENDA_LIMITS.reason,
      ),
    resultId: null,
    dots: 0,
  }));
  return { workspace: { ...w, parkingLot: [...w.parkingLot, ...added] }, added: added.length };
}
