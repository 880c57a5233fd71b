import type { Decision, DeckSection, Workspace } from '../workspace';
import { paginate, partTitle, ROWS_PER_SLIDE, type Fit } from './paginate';
import {
  actionFit,
  commitmentFit,
  decisionFit,
  kpiFit,
  priorityFit,
  riskFit,
  underTitle,
} from './rowHeights';
import { commitmentCompletion, kpiStatus, type KpiStatus } from './scorecard';
import type { SectionOf } from './sectionCatalogue';
import type { Slide, SlideContentMap, SlideKind } from './slideTypes';

/**
 * One slide per part of a table that does not fit on one: the same title with "(i/n)",
 * the section's own text on the first part only.
 */
function tableSlides<K extends SlideKind, Row>(
  kind: K,
  section: DeckSection,
  rows: readonly Row[],
  perSlide: number,
  fit: Fit<Row>,
  content: (part: Row[], first: boolean, rowsBefore: number) => SlideContentMap[K],
): Slide[] {
  const parts = paginate(rows, perSlide, underTitle(fit, section.title));
  let rowsBefore = 0;
  return parts.map((part, i) => {
    const slide = {
      kind,
      id: i === 0 ? section.id : `${section.id}-${i + 1}`,
      sectionId: section.id,
      title: partTitle(section.title, i, parts.length),
      content: content(part, i === 0, rowsBefore),
    } as Slide;
    rowsBefore += part.length;
    return slide;
  });
}

const titleOf = (workspace: Workspace) => {
  const titles = new Map(workspace.priorities.map((p) => [p.id, p.title]));
  return (id: string) => titles.get(id) ?? 'Removed priority';
};

export function decisionSlides(workspace: Workspace, section: DeckSection): Slide[] {
  const title = titleOf(workspace);
  const rows = [...workspace.decisions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({
      kind: d.kind,
      what: d.what,
      why: d.why,
      alternatives: d.alternatives,
      dissent: d.dissent,
      owner: d.owner,
      date: d.date,
      priorities: d.priorityIds.map(title),
    }));
  return tableSlides(
    'decisions',
    section,
    rows,
    ROWS_PER_SLIDE.decisions,
    decisionFit(section.markdown),
    (part, first, rowsBefore) => ({
      rows: part,
      firstNumber: rowsBefore + 1,
      empty: 'No decisions are logged yet.',
      markdown: first ? section.markdown : '',
    }),
  );
}

export function actionItemSlides(workspace: Workspace, section: DeckSection): Slide[] {
  const decisions = new Map(workspace.decisions.map((d) => [d.id, d.what]));
  const rows = workspace.actionItems.map((a) => ({
    text: a.text,
    owner: a.owner,
    due: a.due,
    status: a.status,
    decision: a.decisionId === null ? '' : (decisions.get(a.decisionId) ?? ''),
  }));
  return tableSlides(
    'action-items',
    section,
    rows,
    ROWS_PER_SLIDE.actionItems,
    actionFit(section.markdown),
    (part, first) => ({
      rows: part,
      empty: 'No action items yet.',
      markdown: first ? section.markdown : '',
    }),
  );
}

/** The rationale for not doing a priority: the `why` of the newest drop/defer decision naming it. */
export function notDoingRationale(decisions: readonly Decision[], priorityId: string): string {
  let newest: Decision | null = null;
  for (const d of decisions) {
    if ((d.kind === 'drop' || d.kind === 'defer') && d.priorityIds.includes(priorityId)) {
      if (newest === null || d.date >= newest.date) newest = d;
    }
  }
  return newest?.why ?? '';
}

export function prioritiesSlides(workspace: Workspace, section: DeckSection): Slide[] {
  const focus = workspace.priorities.find((p) => p.id === workspace.focusPriorityId) ?? null;
  type Row =
    | { list: 'committed'; title: string; owner: string; isFocus: boolean }
    | { list: 'notDoing'; title: string; status: 'dropped' | 'deferred'; rationale: string };
  const rows: Row[] = [
    ...workspace.priorities
      .filter((p) => p.status === 'committed')
      .map((p) => ({
        list: 'committed' as const,
        title: p.title,
        owner: p.owner,
        isFocus: p.id === focus?.id,
      })),
    ...workspace.priorities.flatMap((p) =>
      p.status === 'dropped' || p.status === 'deferred'
        ? [
            {
              list: 'notDoing' as const,
              title: p.title,
              status: p.status,
              rationale: notDoingRationale(workspace.decisions, p.id),
            },
          ]
        : [],
    ),
  ];
  return tableSlides(
    'priorities-focus',
    section,
    rows,
    ROWS_PER_SLIDE.priorities,
    priorityFit(section.markdown),
    (part, first) => ({
      focus: focus ? { title: focus.title, owner: focus.owner } : null,
      committed: part.flatMap((r) =>
        r.list === 'committed' ? [{ title: r.title, owner: r.owner, isFocus: r.isFocus }] : [],
      ),
      notDoing: part.flatMap((r) =>
        r.list === 'notDoing' ? [{ title: r.title, status: r.status, rationale: r.rationale }] : [],
      ),
      markdown: first ? section.markdown : '',
    }),
  );
}

export function riskSlides(workspace: Workspace, section: DeckSection): Slide[] {
  const live = new Map(
    workspace.priorities
      .filter((p) => p.status === 'committed' || p.status === 'candidate')
      .map((p) => [p.id, p.title]),
  );
  const rows = workspace.links.flatMap((link) => {
    const from = live.get(link.from);
    const to = live.get(link.to);
    if (from === undefined || to === undefined || link.kind === 'supports') return [];
    return [{ kind: link.kind, from, to, cost: link.cost }];
  });
  return tableSlides(
    'risks',
    section,
    rows,
    ROWS_PER_SLIDE.risks,
    riskFit(section.markdown),
    (part, first) => ({
      rows: part,
      empty: 'No dependencies, conflicts or trade-offs between the live priorities.',
      markdown: first ? section.markdown : '',
    }),
  );
}

export function kpiSlides(section: SectionOf<'kpi-scorecard'>): Slide[] {
  const rows = section.rows.map((r) => ({
    metric: r.metric,
    unit: r.unit,
    target: r.target,
    actual: r.actual,
    prior: r.prior,
    better: r.better,
    status: kpiStatus(r),
    comment: r.comment,
  }));
  const summary: Record<KpiStatus, number> = { 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'no-data': 0 };
  for (const r of rows) summary[r.status] += 1;
  return tableSlides('kpi', section, rows, ROWS_PER_SLIDE.kpi, kpiFit(section.markdown), (part, first) => ({
    rows: part,
    summary,
    markdown: first ? section.markdown : '',
  }));
}

export function commitmentSlides(section: SectionOf<'commitments-review'>): Slide[] {
  const completion = commitmentCompletion(section.rows);
  const rows = section.rows.map(({ commitment, owner, grade, comment }) => ({
    commitment,
    owner,
    grade,
    comment,
  }));
  return tableSlides(
    'commitments',
    section,
    rows,
    ROWS_PER_SLIDE.commitments,
    commitmentFit(section.markdown),
    (part, first) => ({
      rows: part,
      completion,
      markdown: first ? section.markdown : '',
    }),
  );
}
