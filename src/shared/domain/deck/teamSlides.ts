import { cascadeFlags, type FlagKind } from '../cascade/flags';
import { activeSuccessDefinition } from '../series/seriesEdits';
import type { Workspace } from '../workspace';
import { wideLines } from './agendaRowHeights';
import { partTitle } from './paginate';
import { COMMITMENT_GRADE_LABELS } from './scorecard';
import type { SectionOf } from './sectionCatalogue';
import type { CascadeContent, CascadeRow, MessagesContent } from './seriesSlideTypes';
import type { Slide, SlideContentMap, SlideKind } from './slideTypes';

/**
 * The slides of what the room agreed to take out of it: "What every team will hear" (the
 * agreed messages and what success means) and the cascade (what each department does for
 * each committed priority, and the flags). Both continue on further slides by estimated
 * height, counting wide (CJK) characters double, so nothing is cut off.
 */

/** Room for the section's body on a slide, in CSS px (1280 × 720, under the title). */
const BODY = 500;

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

const markdownRoom = (markdown: string) => (markdown.trim() ? 14 + 24 * wideLines(markdown, 120) : 0);

export function messagesSlides(workspace: Workspace, section: SectionOf<'team-messages'>): Slide[] {
  const messages = workspace.agreedMessages;
  const active = activeSuccessDefinition(workspace);
  const success: MessagesContent['success'] = active
    ? {
        priority: active.priority.title,
        metric: active.definition.metric,
        target: active.definition.target,
      }
    : { empty: 'No success definition yet: agree it in the success check.' };
  const carried = workspace.carriedIn;
  const previous = carried?.previousSuccess
    ? {
        period: carried.fromPeriod,
        ...carried.previousSuccess,
        grade:
          carried.previousSuccess.grade === 'ungraded'
            ? 'Not graded yet'
            : COMMITMENT_GRADE_LABELS[carried.previousSuccess.grade],
      }
    : null;
  // Messages print at 30 px (about 56 characters a line), the success block below them at 22 px.
  const messageHeight = (m: string) => 24 + 42 * wideLines(m, 56);
  const successHeight =
    60 +
    32 *
      wideLines(
        active ? `${active.priority.title} ${active.definition.metric} ${active.definition.target}` : 'x',
        80,
      ) +
    (previous ? 40 + 28 * wideLines(`${previous.title} ${previous.metric} ${previous.target}`, 90) : 0);
  const pages: string[][] = [[]];
  let used = markdownRoom(section.markdown) + (messages.length === 0 ? 50 : 0);
  for (const m of messages) {
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && used + messageHeight(m) > BODY) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1]!.push(m);
    used += messageHeight(m);
  }
  const successAlone = used + successHeight > BODY && messages.length > 0;
  if (successAlone) pages.push([]);
  let number = 1;
  const contents = pages.map((page, i): MessagesContent => {
    const last = i === pages.length - 1;
    const content: MessagesContent = {
      messages: page,
      firstNumber: number,
      empty:
        i === 0 && messages.length === 0
          ? 'No agreed messages yet: agree them in the same-message check.'
          : null,
      success: last ? success : null,
      previous: last ? previous : null,
      markdown: i === 0 ? section.markdown : '',
    };
    number += page.length;
    return content;
  });
  return slidesOf('team-messages', section, contents);
}

export const FLAG_LABELS: Record<FlagKind, string> = {
  orphan: 'Orphan objective',
  uncovered: 'Uncovered priority',
  overloaded: 'Overloaded',
  'local-optimisation': 'Local optimisation',
  conflicting: 'Conflicting',
};

const HORIZON_WORDS = { now: 'Now', next: 'Next', later: 'Later' } as const;

/**
 * Estimated heights: a table row at 16 px (22.4 px a line, 15 px of padding) in the fixed
 * columns deck.css gives the cascade (18%, 36%, 16%, 21% of 1152 px), about 20, 42, 17 and
 * 25 Latin characters a line, erring tall.
 */
const rowHeight = (r: CascadeRow) =>
  16 +
  23 *
    Math.max(
      wideLines(r.department, 20),
      wideLines(r.objective, 42),
      wideLines(r.owner, 17),
      wideLines(r.measure, 25),
    );
const HEAD = 44;
const TABLE_HEAD = 34;
const flagHeight = (message: string) => 16 + 24 * wideLines(`Local optimisation ${message}`, 104);

type Block = CascadeContent['priorities'][number];

export function cascadeSlides(workspace: Workspace, section: SectionOf<'cascade'>): Slide[] {
  const { departments, contributions } = workspace.cascade;
  const committed = workspace.priorities.filter((p) => p.status === 'committed');
  const ordered = [
    ...committed.filter((p) => p.id === workspace.focusPriorityId),
    ...committed.filter((p) => p.id !== workspace.focusPriorityId),
  ];
  const order = new Map(departments.map((d, i) => [d.id, i]));
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const blocks = ordered.map((p) => ({
    title: p.title,
    isFocus: p.id === workspace.focusPriorityId,
    rows: contributions
      .filter((c) => c.priorityIds.includes(p.id))
      .sort(
        (a, b) =>
          (order.get(a.departmentId) ?? Infinity) - (order.get(b.departmentId) ?? Infinity) ||
          (a.localRank ?? Infinity) - (b.localRank ?? Infinity),
      )
      .map((c): CascadeRow => ({
        department: names.get(c.departmentId) ?? 'A department no longer listed',
        objective: c.objective,
        owner: c.owner,
        measure: c.measure,
        horizon: HORIZON_WORDS[c.horizon],
      })),
  }));
  const flags = cascadeFlags({
    priorities: workspace.priorities,
    links: workspace.links,
    focusPriorityId: workspace.focusPriorityId,
    departments,
    contributions,
  }).map((f) => ({ kind: FLAG_LABELS[f.kind], message: f.message }));
  const flagSummary =
    flags.length === 0
      ? 'No flags: every objective serves a committed priority, and no department is over its capacity.'
      : `${flags.length} ${flags.length === 1 ? 'flag' : 'flags'} to look at.`;
  const empty =
    ordered.length === 0
      ? 'Nothing is committed yet: commit priorities in the Priorities tab.'
      : departments.length === 0
        ? 'No departments in the cascade yet: add them in the Cascade tab.'
        : null;

  type Page = { priorities: Block[]; flags: CascadeContent['flags'] };
  const pages: Page[] = [{ priorities: [], flags: [] }];
  let used = 40 + markdownRoom(section.markdown);
  const page = () => pages[pages.length - 1]!;
  const turn = () => {
    pages.push({ priorities: [], flags: [] });
    used = 40;
  };
  const fits = (h: number) => used + h <= BODY;
  for (const block of blocks) {
    const first = block.rows[0];
    // A priority's heading stays with its first contribution.
    const headed = HEAD + (first ? TABLE_HEAD + rowHeight(first) : 30);
    if (!fits(headed) && (page().priorities.length > 0 || page().flags.length > 0)) turn();
    let current: Block = {
      ...block,
      continued: false,
      rows: [],
      none: first ? null : 'No department contributes yet.',
    };
    page().priorities.push(current);
    used += HEAD + (first ? TABLE_HEAD : 30);
    for (const row of block.rows) {
      const h = rowHeight(row);
      if (current.rows.length > 0 && !fits(h)) {
        turn();
        current = { ...current, continued: true, rows: [] };
        page().priorities.push(current);
        used += HEAD + TABLE_HEAD;
      }
      current.rows.push(row);
      used += h;
    }
  }
  if (flags.length > 0) used += 40;
  for (const flag of flags) {
    const h = flagHeight(flag.message);
    const p = page();
    if ((p.flags.length > 0 || p.priorities.length > 0) && !fits(h)) {
      turn();
      used += 40;
    }
    page().flags.push(flag);
    used += h;
  }
  return slidesOf(
    'cascade',
    section,
    pages.map((p, i): CascadeContent => ({
      priorities: p.priorities,
      flags: p.flags,
      flagSummary,
      empty: i === 0 ? empty : null,
      markdown: i === 0 ? section.markdown : '',
    })),
  );
}
