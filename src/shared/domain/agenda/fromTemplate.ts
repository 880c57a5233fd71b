import type { SectionType } from '../templates/schema';
import type { BlockKind, Workspace } from '../workspace';
import { addBlock, addDay, type NewBlock } from './agendaEdits';

/** What an agenda block is about, from the template section it comes from (else a discussion). */
const KIND_OF_SECTION: Partial<Record<SectionType, BlockKind>> = {
  'kpi-scorecard': 'qbr-review',
  'commitments-review': 'qbr-review',
  'ranking-result': 'ranking',
  alignment: 'checkpoint',
  'board-snapshot': 'board',
  'risks-dependencies': 'board',
};

export type TemplateSectionLike = { type: SectionType; title: string; minutes: number | null };

const DAY_PREFIX = /^\s*day\s*(\d{1,2})\s*[·:\-–—]\s*/i;

/** Lunch goes in when the day runs through midday: at 12:30 for an hour, fixed. */
const LUNCH = { start: 12 * 60 + 30, minutes: 60 };

/**
 * The blocks an agenda starts with when the workspace is made from a template: one per
 * timeboxed section, in order, with the section's title and timebox. Templates list no
 * breaks, so lunch is added when the day runs past 12:30; blocks that no longer fit in
 * the day (`dayMinutes` from `dayStart`) go to the following days, as do sections whose
 * title names a later day ("Day 2 · …", the prefix dropped since the day is shown). Each block may shrink
 * to two thirds of its length when the day is re-planned.
 */
export function blocksFromTemplate(
  sections: readonly TemplateSectionLike[],
  dayStart: number,
  dayEnd: number,
): Array<NewBlock & { day: number }> {
  const timed = sections.filter((s) => s.minutes !== null && s.minutes > 0);
  const out: Array<NewBlock & { day: number }> = [];
  let day = 0;
  let at = dayStart;
  let lunched = false;
  for (const section of timed) {
    const minutes = Math.min(480, section.minutes!);
    // "Day 2 · Re-vote and consensus": the template says which day; the day shows on screen.
    const hint = DAY_PREFIX.exec(section.title);
    const wantedDay = hint ? Math.min(13, Number(hint[1]) - 1) : day;
    if (wantedDay > day) {
      day = wantedDay;
      at = dayStart;
      lunched = false;
    }
    const title = (hint ? section.title.slice(hint[0].length) : section.title).trim();
    if (!lunched && at < LUNCH.start + LUNCH.minutes && at + minutes > LUNCH.start && at > dayStart) {
      out.push({ day, title: 'Lunch', minutes: LUNCH.minutes, kind: 'break', fixedStart: LUNCH.start });
      at = Math.max(at, LUNCH.start) + LUNCH.minutes;
      lunched = true;
    }
    if (at + minutes > dayEnd && at > dayStart) {
      day += 1;
      at = dayStart;
      lunched = false;
    }
    out.push({
      day,
      title: title || 'Untitled block',
      minutes,
      minMinutes: Math.max(1, Math.round((minutes * 2) / 3)),
      kind: KIND_OF_SECTION[section.type] ?? 'discussion',
    });
    at += minutes;
  }
  return out;
}

/**
 * The agenda built from a template's sections: its first day keeps its hours, more days
 * are added (the next calendar days) when the blocks do not fit in one. Meant for an
 * empty agenda; blocks already there stay, the new ones come after them.
 */
export function agendaFromTemplate(
  w: Workspace,
  sections: readonly TemplateSectionLike[],
  newId: () => string,
): Workspace {
  const first = w.agenda.days[0]!;
  const planned = blocksFromTemplate(sections, first.start, first.end);
  let next = w;
  const dayIds = w.agenda.days.map((d) => d.id);
  for (const block of planned) {
    while (dayIds.length <= block.day) {
      const id = newId();
      next = addDay(next, id);
      dayIds.push(id);
    }
    const { day, ...input } = block;
    next = addBlock(next, { ...input, dayId: dayIds[day]! }, newId());
  }
  return next;
}
