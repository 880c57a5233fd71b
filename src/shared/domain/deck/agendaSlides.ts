import { formatClock } from '../agenda/clock';
import { formatMinutes } from '../agenda/words';
import { scheduleAgenda } from '../agenda/schedule';
import { timeSpent } from '../agenda/timeSpent';
import { PARKED_OUTCOMES, type ParkedItem, type ParkedOutcome, type Workspace } from '../workspace';
import {
  agendaFit,
  blockTimeFit,
  DAY_HEADING,
  parkedFit,
  priorityTimeFit,
  underSlideTitle,
} from './agendaRowHeights';
import type { DeckSeries } from './deckSeries';
import { formatDay, paginate, partTitle } from './paginate';
import type { SectionOf } from './sectionCatalogue';
import type { AgendaPlanRow, Slide, SlideContentMap, SlideKind } from './slideTypes';

/**
 * The slides of the agenda's three live sections: the plan, where the time went, and the
 * parking lot. Each continues on further slides ("Agenda (2/3)") when it does not fit, so
 * nothing is cut off; the section's own text is a comment on the first slide.
 */

/** Rows per slide at most, whatever their estimated height. */
const MAX_ROWS = { agenda: 14, blocks: 12, priorities: 8, parked: 12 } as const;

/**
 * How the deck is built: the day on the cover, the moment time spent is counted to, and
 * the series' quarters before this one for the trend slides ('reading' while they are on
 * their way; left out: they could not be read).
 */
export type DeckBuildOptions = { date: string; now?: number; series?: DeckSeries | 'reading' };

function slidesOf<K extends SlideKind>(
  kind: K,
  section: { id: string; title: string },
  contents: readonly SlideContentMap[K][],
): Slide[] {
  return contents.map(
    (content, i) =>
      ({
        kind,
        id: i === 0 ? section.id : `${section.id}-${i + 1}`,
        sectionId: section.id,
        title: partTitle(section.title, i, contents.length),
        content,
      }) as Slide,
  );
}

export function agendaPlanSlides(workspace: Workspace, section: SectionOf<'agenda-plan'>): Slide[] {
  const { agenda } = workspace;
  const days = scheduleAgenda(agenda).map((d, index) => {
    const when = d.day.date ? ` · ${formatDay(d.day.date)}` : '';
    const planned = `${formatMinutes(d.plannedMinutes)} planned`;
    const over =
      d.overrun > 0 ? ` · ends ${formatClock(d.end)}, ${formatMinutes(d.overrun)} past the day’s end` : '';
    return {
      label: `Day ${index + 1}${when} · ${formatClock(d.day.start)}–${formatClock(d.day.end)}`,
      summary: `${planned}${over}`,
      rows: d.blocks.map((s): AgendaPlanRow => ({
        start: formatClock(s.start),
        end: formatClock(s.end),
        title: s.block.title,
        kind: s.block.kind,
        minutes: s.block.minutes,
        fixed: s.block.fixedStart !== null,
        conflictMinutes: s.conflictMinutes,
      })),
    };
  });
  const fit = underSlideTitle(agendaFit(section.markdown), section.title);
  type Page = SlideContentMap['agenda-plan']['days'];
  const pages: Page[] = [];
  let page: Page = [];
  let used = 0;
  let rowsOnPage = 0;
  const budget = () => (pages.length === 0 ? (fit.firstBudget ?? fit.budget) : fit.budget);
  const newPage = () => {
    pages.push(page);
    page = [];
    used = 0;
    rowsOnPage = 0;
  };
  for (const day of days) {
    // A day that fits on a slide of its own starts one rather than straddle two; a longer day
    // at least keeps its heading with its first block.
    const whole = day.rows.reduce((sum, r) => sum + fit.height(r), DAY_HEADING);
    const first = day.rows[0];
    const headed = DAY_HEADING + (first ? fit.height(first) : 0);
    const wholeFitsAlone = whole <= fit.budget && day.rows.length <= MAX_ROWS.agenda;
    const overflows = wholeFitsAlone
      ? used + whole > budget() || rowsOnPage + day.rows.length > MAX_ROWS.agenda
      : used + headed > budget() || rowsOnPage >= MAX_ROWS.agenda;
    if (page.length > 0 && overflows) newPage();
    let current = { label: day.label, continued: false, summary: day.summary, rows: [] as AgendaPlanRow[] };
    page.push(current);
    used += DAY_HEADING;
    for (const row of day.rows) {
      const height = fit.height(row);
      if (current.rows.length > 0 && (used + height > budget() || rowsOnPage >= MAX_ROWS.agenda)) {
        newPage();
        current = { ...current, continued: true, rows: [] };
        page.push(current);
        used = DAY_HEADING;
      }
      current.rows.push(row);
      used += height;
      rowsOnPage += 1;
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return slidesOf(
    'agenda-plan',
    section,
    pages.map((daysOnPage, i) => ({
      timeZone: `Times in ${agenda.timeZone}`,
      days: daysOnPage,
      empty: 'No blocks on the agenda yet: plan them in the Agenda tab.',
      markdown: i === 0 ? section.markdown : '',
    })),
  );
}

export function timeSpentSlides(
  workspace: Workspace,
  section: SectionOf<'time-spent'>,
  options: DeckBuildOptions,
): Slide[] {
  // Without a moment from the caller, the time is counted to now: a block still running counts as far as it got.
  const spent = timeSpent(workspace, options.now ?? Date.now());
  const run = spent.blocks.filter((b) => b.actualMinutes > 0 || b.block.done);
  const rows = run.map((b) => ({
    title: b.block.title,
    kind: b.block.kind,
    planned: b.plannedMinutes,
    actual: b.actualMinutes,
  }));
  const priorities = spent.priorities.map((p) => ({
    title: p.title,
    minutes: p.minutes,
    text: `${p.minutes} min across ${p.blocks} ${p.blocks === 1 ? 'block' : 'blocks'}`,
    contested: p.contested,
  }));
  const contested = spent.priorities
    .filter((p) => p.contested)
    .map((p) => `${p.title}: ${p.minutes} min across ${p.blocks} ${p.blocks === 1 ? 'block' : 'blocks'}`);
  const contestedLine = contested.length > 0;
  const blockParts = paginate(
    rows,
    MAX_ROWS.blocks,
    underSlideTitle(blockTimeFit(section.markdown, contestedLine), section.title),
  );
  const priorityParts = paginate(
    priorities,
    MAX_ROWS.priorities,
    underSlideTitle(priorityTimeFit(contestedLine), section.title),
  );
  const count = Math.max(blockParts.length, priorityParts.length);
  const scale = Math.max(1, ...rows.map((r) => Math.max(r.planned, r.actual)));
  return slidesOf(
    'time-spent',
    section,
    Array.from({ length: count }, (_, i) => ({
      rows: blockParts[i] ?? [],
      totals: { planned: spent.plannedRun, actual: spent.actualRun, blocks: run.length },
      scale,
      priorities: priorityParts[i] ?? [],
      prioritiesElsewhere: priorities.length > 0 && (priorityParts[i] ?? []).length === 0,
      contested,
      empty: 'No block has run yet: the time spent shows here once the timer has run.',
      markdown: i === 0 ? section.markdown : '',
    })),
  );
}

/** Open first, then carried (also untriaged), then where the triaged ones went. */
const OUTCOME_ORDER: readonly ParkedOutcome[] = [
  'open',
  'carried',
  'action',
  'decision',
  'next-session',
  'long-term',
  'dropped',
];

const OUTCOME_WORDS: Record<ParkedOutcome, { label: string; count: (n: number) => string }> = {
  open: { label: 'Open', count: (n) => `${n} open` },
  carried: { label: 'Carried', count: (n) => `${n} carried` },
  action: { label: 'Action item', count: (n) => `${n} ${n === 1 ? 'action item' : 'action items'}` },
  decision: { label: 'Decision', count: (n) => `${n} ${n === 1 ? 'decision' : 'decisions'}` },
  'next-session': { label: 'Next session', count: (n) => `${n} for the next session` },
  'long-term': { label: 'Long-term', count: (n) => `${n} long-term` },
  dropped: { label: 'Dropped', count: (n) => `${n} dropped` },
};

function parkedDetail(workspace: Workspace, item: ParkedItem): string {
  switch (item.outcome) {
    case 'open':
      return item.dots > 0
        ? `${item.dots} ${item.dots === 1 ? 'dot' : 'dots'} to solve now`
        : 'Not triaged yet';
    case 'carried':
      return 'Untriaged, carried to the next session';
    case 'action': {
      const action = workspace.actionItems.find((a) => a.id === item.resultId);
      if (!action) return 'Action item (since removed from the log)';
      const owner = action.owner.trim() ? `Owner: ${action.owner}` : 'No owner yet';
      return `${owner} · ${action.due ? `due ${action.due}` : 'no due date'}`;
    }
    case 'decision': {
      const decision = workspace.decisions.find((d) => d.id === item.resultId);
      if (!decision) return 'Decision (since removed from the log)';
      return decision.why.trim() ? `Why: ${decision.why}` : `Logged on ${decision.date}`;
    }
    case 'next-session':
      return 'A block on the next session’s agenda';
    case 'long-term':
      return 'Kept as a long-term issue';
    case 'dropped':
      return item.reason.trim() ? `Reason: ${item.reason}` : 'Dropped';
  }
}

export function parkingLotSlides(workspace: Workspace, section: SectionOf<'parking-lot'>): Slide[] {
  const priorities = new Map(workspace.priorities.map((p) => [p.id, p.title]));
  const rank = (o: ParkedOutcome) => OUTCOME_ORDER.indexOf(o);
  const items = workspace.parkingLot
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        rank(a.item.outcome) - rank(b.item.outcome) ||
        a.item.parkedAt.localeCompare(b.item.parkedAt) ||
        a.index - b.index,
    )
    .map(({ item }) => item);
  const rows = items.map((item) => ({
    text: item.text,
    outcome: item.outcome,
    outcomeLabel: OUTCOME_WORDS[item.outcome].label,
    detail: parkedDetail(workspace, item),
    priority: (item.priorityId && priorities.get(item.priorityId)) || '',
  }));
  const counts = PARKED_OUTCOMES.map((outcome) => ({
    outcome,
    count: workspace.parkingLot.filter((p) => p.outcome === outcome).length,
  }))
    .filter((c) => c.count > 0)
    .sort((a, b) => rank(a.outcome) - rank(b.outcome))
    .map((c) => ({ ...c, label: OUTCOME_WORDS[c.outcome].count(c.count) }));
  const parts = paginate(rows, MAX_ROWS.parked, underSlideTitle(parkedFit(section.markdown), section.title));
  return slidesOf(
    'parking-lot',
    section,
    parts.map((part, i) => ({
      rows: part,
      counts,
      total: workspace.parkingLot.length,
      empty: 'Nothing was parked.',
      markdown: i === 0 ? section.markdown : '',
    })),
  );
}
