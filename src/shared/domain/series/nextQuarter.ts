import { DomainError } from '../domainError';
import { carryFileOf, importCarried } from '../agenda/carryFile';
import {
  CURRENT_SCHEMA_VERSION,
  EMPTY_BOARD,
  emptyAgenda,
  LIMITS,
  SERIES_LIMITS,
  type ActionItem,
  type CarriedCommitment,
  type KpiRow,
  type Link,
  type Priority,
  type PreviousSuccess,
  type Series,
  type Workspace,
} from '../workspace';
import { activeSuccessDefinition } from './seriesEdits';

/**
 * "Next quarter": a new workspace made from an earlier one, in the same series.
 *
 * What carries: the people (same ids: they are the same people), the committed
 * priorities twice over (as commitments to grade, and as this quarter's candidates to
 * re-rank, since a demanding facilitator grades last quarter's promises and then asks
 * the room to rank again), the focus (still committed: the focus is committed by
 * definition), the links between two carried priorities, how the board is read, the open
 * action items, the parking lot's items still to come back to (as the carry file takes
 * them), the KPI rows with last actual as prior, the agreed messages, and the success
 * definition as last quarter's success to grade.
 *
 * What does not: rounds and ballots (a vote is of its day), decisions (the log is the
 * previous quarter's record), the deck, speaker notes, the agenda and its timer, board
 * notes and capacity, and the priorities that were not committed.
 */
export class SeriesError extends DomainError {
  constructor(message: string) {
    super('series', message);
  }
}

export type NextQuarterInput = {
  name: string;
  period: string;
  /** "2027 Q1"; the period when left out. */
  quarterLabel?: string;
  now: Date;
  /** Every new id comes from here; an id already used in the new workspace is drawn again. */
  newId: () => string;
  /** Where the previous quarter's folder is now, kept as a hint to find it again. */
  previousFolder?: string;
};

export type NextQuarter = {
  workspace: Workspace;
  /** The previous quarter, now in a series if it was in none: save it too. */
  previous: Workspace;
};

/** How many times `newId` may repeat a used id before it is taken to be broken. */
const MAX_DRAWS = 1000;

export function nextQuarter(previous: Workspace, input: NextQuarterInput): NextQuarter {
  const name = input.name.trim();
  const period = input.period.trim();
  const quarterLabel = (input.quarterLabel ?? period).trim();
  if (name.length === 0) throw new SeriesError('Give the new quarter a name.');
  if (name.length > LIMITS.name) {
    throw new SeriesError(`A workspace name can be at most ${LIMITS.name} characters.`);
  }
  if (period.length > LIMITS.period) {
    throw new SeriesError(`A period can be at most ${LIMITS.period} characters.`);
  }
  if (quarterLabel.length > SERIES_LIMITS.quarterLabel) {
    throw new SeriesError(`A quarter label can be at most ${SERIES_LIMITS.quarterLabel} characters.`);
  }

  const taken = new Set<string>([previous.id, ...previous.participants.map((p) => p.id)]);
  if (previous.series) taken.add(previous.series.seriesId);
  const fresh = freshIds(input.newId, taken);
  const id = fresh();
  const at = input.now.toISOString();

  const seriesOfPrevious: Series = previous.series ?? {
    seriesId: fresh(),
    quarterLabel: previous.period.slice(0, SERIES_LIMITS.quarterLabel),
    previous: null,
  };
  const updatedPrevious: Workspace = previous.series
    ? previous
    : { ...previous, series: seriesOfPrevious, updatedAt: at };

  const { priorities, newIds, focusPriorityId } = carriedPriorities(previous, fresh);
  const commitments: CarriedCommitment[] = previous.priorities
    .filter((p) => p.status === 'committed')
    .map((p) => ({ id: fresh(), title: p.title, owner: p.owner, grade: 'ungraded' }));

  const base: Workspace = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    name,
    kind: previous.kind,
    period,
    organisation: previous.organisation,
    createdAt: at,
    updatedAt: at,
    participants: previous.participants.map((p) => ({ ...p })),
    priorities,
    links: carriedLinks(previous.links, newIds, fresh),
    templateId: previous.templateId,
    focusPriorityId,
    rounds: [],
    board: {
      ...EMPTY_BOARD,
      axes: previous.board.axes,
      customX: previous.board.customX,
      customY: previous.board.customY,
    },
    decisions: [],
    actionItems: openActionItems(previous.actionItems, fresh),
    deck: null,
    speakerNotes: {},
    agenda: emptyAgenda(previous.agenda.timeZone, fresh()),
    parkingLot: [],
    series: {
      seriesId: seriesOfPrevious.seriesId,
      quarterLabel,
      previous: {
        workspaceId: previous.id,
        name: previous.name,
        period: previous.period,
        folderHint: (input.previousFolder ?? '').slice(0, SERIES_LIMITS.folderHint),
      },
    },
    agreedMessages: [...previous.agreedMessages],
    successDefinition: null,
    carriedIn: {
      fromWorkspaceId: previous.id,
      fromPeriod: previous.period,
      commitments,
      previousSuccess: previousSuccessOf(previous),
      kpiRows: carriedKpiRows(previous, fresh),
    },
    // The departments stay (their capacity is stated again next quarter); their objectives
    // answered this quarter's priorities, so the next quarter starts its cascade afresh.
    cascade: { departments: previous.cascade.departments.map((d) => ({ ...d })), contributions: [] },
    // A checkpoint reads the room of one quarter: the next quarter asks afresh.
    checkpoints: [],
    // A new quarter asks the departments afresh.
    translationChecks: [],
    // The written checks and the support matrix read the room of one quarter: asked afresh.
    statementChecks: [],
    supportChecks: [],
  };
  // The carry file's rules: open, carried, next-session and long-term items come back open,
  // linked again to the priority of the same title (a carried priority keeps its title).
  const { workspace } = importCarried(base, carryFileOf(previous), fresh);
  return { workspace, previous: updatedPrevious };
}

/** An id generator that never hands out an id already in `taken` (and remembers each it gives). */
function freshIds(newId: () => string, taken: Set<string>): () => string {
  return () => {
    for (let draw = 0; draw < MAX_DRAWS; draw++) {
      const candidate = newId();
      if (candidate.length >= 1 && candidate.length <= LIMITS.id && !taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
    throw new SeriesError('No new identifier could be made for the next quarter.');
  };
}

/**
 * The committed priorities and the focus, under new ids: the focus stays committed, the
 * others come back as candidates for the room to rank again.
 */
function carriedPriorities(
  previous: Workspace,
  fresh: () => string,
): { priorities: Priority[]; newIds: Map<string, string>; focusPriorityId: string | null } {
  const newIds = new Map<string, string>();
  const priorities = previous.priorities
    .filter((p) => p.status === 'committed' || p.id === previous.focusPriorityId)
    .map((p): Priority => {
      const newId = fresh();
      newIds.set(p.id, newId);
      const isFocus = p.id === previous.focusPriorityId;
      return { ...p, id: newId, scores: { ...p.scores }, status: isFocus ? 'committed' : 'candidate' };
    });
  const focusPriorityId =
    previous.focusPriorityId === null ? null : (newIds.get(previous.focusPriorityId) ?? null);
  return { priorities, newIds, focusPriorityId };
}

/** Links whose two ends both carried, between the new ids. */
function carriedLinks(links: readonly Link[], newIds: Map<string, string>, fresh: () => string): Link[] {
  return links.flatMap((link) => {
    const from = newIds.get(link.from);
    const to = newIds.get(link.to);
    return from && to ? [{ ...link, id: fresh(), from, to }] : [];
  });
}

/** Action items not done yet; the decision they came from stays in last quarter's log. */
function openActionItems(items: readonly ActionItem[], fresh: () => string): ActionItem[] {
  return items
    .filter((item) => item.status !== 'done')
    .map((item) => ({ ...item, id: fresh(), decisionId: null }));
}

/** Every KPI row of the previous deck's scorecards: last actual becomes the prior, no actual yet. */
function carriedKpiRows(previous: Workspace, fresh: () => string): KpiRow[] {
  const rows = (previous.deck?.sections ?? []).flatMap((s) => (s.type === 'kpi-scorecard' ? s.rows : []));
  return rows
    .slice(0, SERIES_LIMITS.kpiRows)
    .map((row) => ({ ...row, id: fresh(), prior: row.actual, actual: null, comment: '' }));
}

/** Last quarter's success definition, with the title of what it was about, to grade. */
function previousSuccessOf(previous: Workspace): PreviousSuccess | null {
  const active = activeSuccessDefinition(previous);
  if (!active) return null;
  return {
    title: active.priority.title,
    metric: active.definition.metric,
    target: active.definition.target,
    grade: 'ungraded',
  };
}
