import type { z } from 'zod';
import { Workspace } from './schema';

/**
 * Validation problems in the words of the screen: "Priority 58, “Office in Lisbon…”: the
 * title is 500 characters; at most 200." A zod path such as `priorities.57.title` or an
 * internal id means nothing to the person who has to fix it, so every message names the
 * thing by its place in the list and the text the user typed.
 */
type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** The first problem that keeps `doc` from being saved, or null when it saves. */
export function workspaceProblem(doc: unknown): string | null {
  const checked = Workspace.safeParse(doc);
  return checked.success ? null : describeWorkspaceIssue(checked.error.issues[0]!, doc);
}

export function describeWorkspaceIssue(issue: Issue, doc: unknown): string {
  const path = issue.path;
  if (path.length === 0) return sentence(issue.message);
  const thing = thingAt(path, doc);
  const fieldPath = path.slice(thing.depth);
  const value = valueAt(doc, path);
  if (fieldPath.length === 0) {
    // The list or top-level field itself: "The workspace name is empty."
    return sentence(`${thing.label} ${problem(issue, value, null, thing.noun)}`);
  }
  const field = fieldLabel(fieldPath);
  return sentence(`${thing.label}: the ${field} ${problem(issue, value, field, thing.noun)}`);
}

const TOP_LEVEL: Record<string, string> = {
  name: 'The workspace name',
  period: 'The period',
  organisation: 'The organisation',
  kind: 'The kind of workspace',
  focusPriorityId: 'The focus',
  templateId: 'The template',
  createdAt: 'The creation date',
  updatedAt: 'The date of the last change',
  schemaVersion: 'The file format version',
};

type Thing = { label: string; depth: number; noun: string };

/** What the user would call the object at this path, and how much of the path it spans. */
function thingAt(path: Path, doc: unknown): Thing {
  const [head, index] = path;
  const item = (what: string, depth: number, text: unknown, noun: string): Thing => ({
    label: `${what} ${Number(path[depth - 1]) + 1}${quoted(text)}`,
    depth,
    noun,
  });
  const at = (...p: PropertyKey[]) => valueAt(doc, p);
  if (typeof index === 'number') {
    switch (head) {
      case 'priorities':
        return item('Priority', 2, at('priorities', index, 'title'), 'priorities');
      case 'participants':
        return item('Participant', 2, at('participants', index, 'name'), 'participants');
      case 'rounds':
        return roundThing(path, doc);
      case 'links':
        return { label: linkLabel(doc, index), depth: 2, noun: 'links' };
      case 'decisions':
        return item('Decision', 2, at('decisions', index, 'what'), 'decisions');
      case 'actionItems':
        return item('Action item', 2, at('actionItems', index, 'text'), 'action items');
    }
  }
  if (head === 'board' && path[1] === 'notes' && typeof path[2] === 'number')
    return item('Board note', 3, at('board', 'notes', path[2], 'text'), 'notes');
  if (head === 'deck' && path[1] === 'sections' && typeof path[2] === 'number')
    return item('Deck section', 3, at('deck', 'sections', path[2], 'title'), 'sections');
  if (head === 'cascade' && path[1] === 'departments' && typeof path[2] === 'number')
    return item('Department', 3, at('cascade', 'departments', path[2], 'name'), 'departments');
  if (head === 'cascade' && path[1] === 'contributions' && typeof path[2] === 'number')
    return item(
      'Department objective',
      3,
      at('cascade', 'contributions', path[2], 'objective'),
      'objectives',
    );
  if (head === 'checkpoints' && typeof index === 'number')
    return item('Checkpoint', 2, at('checkpoints', index, 'title'), 'checkpoints');
  if (head === 'translationChecks' && typeof index === 'number')
    return item('Translation check', 2, at('translationChecks', index, 'question'), 'translation checks');
  if (head === 'statementChecks' && typeof index === 'number')
    return item('Written check', 2, at('statementChecks', index, 'title'), 'written checks');
  if (head === 'supportChecks' && typeof index === 'number')
    return item('Support matrix', 2, at('supportChecks', index, 'title'), 'support matrices');
  if (head === 'board') return { label: 'The board', depth: 1, noun: 'board' };
  if (head === 'cascade') return { label: 'The cascade', depth: 1, noun: 'objectives' };
  if (head === 'deck') return { label: 'The QBR deck', depth: 1, noun: 'sections' };
  const top = TOP_LEVEL[String(head)];
  if (top) return { label: top, depth: 1, noun: String(head) };
  const list = LIST_NAMES[String(head)];
  return { label: list ? `The list of ${list}` : 'The workspace', depth: 1, noun: list ?? String(head) };
}

const LIST_NAMES: Record<string, string> = {
  priorities: 'priorities',
  participants: 'participants',
  rounds: 'ranking rounds',
  links: 'links',
  decisions: 'decisions',
  actionItems: 'action items',
  checkpoints: 'checkpoints',
  translationChecks: 'translation checks',
  statementChecks: 'written checks',
  supportChecks: 'support matrices',
};

function roundThing(path: Path, doc: unknown): Thing {
  const index = path[1] as number;
  const question = valueAt(doc, ['rounds', index, 'question']);
  const round = `Round ${index + 1}${quoted(question)}`;
  if (path[2] === 'ballots' && typeof path[3] === 'number') {
    const voterId = valueAt(doc, ['rounds', index, 'ballots', path[3], 'participantId']);
    const participants = valueAt(doc, ['participants']);
    const voter = Array.isArray(participants)
      ? (participants as Array<{ id?: unknown; name?: unknown }>).find((p) => p?.id === voterId)
      : undefined;
    const whose = typeof voter?.name === 'string' ? `the ballot of ${voter.name}` : `ballot ${path[3] + 1}`;
    return { label: `${round}, ${whose}`, depth: 4, noun: 'ballots' };
  }
  return { label: round, depth: 2, noun: 'rounds' };
}

function linkLabel(doc: unknown, index: number): string {
  const link = valueAt(doc, ['links', index]) as { from?: unknown; to?: unknown } | undefined;
  const priorities = valueAt(doc, ['priorities']);
  const titleOf = (id: unknown) =>
    Array.isArray(priorities)
      ? (priorities as Array<{ id?: unknown; title?: unknown }>).find((p) => p?.id === id)?.title
      : undefined;
  const from = titleOf(link?.from);
  const to = titleOf(link?.to);
  return typeof from === 'string' && typeof to === 'string'
    ? `The link from “${clip(from)}” to “${clip(to)}”`
    : `Link ${index + 1}`;
}

const FIELD_NAMES: Record<string, string> = {
  what: 'decision',
  why: 'rationale',
  dissent: 'recorded dissent',
  cost: 'stated cost',
  due: 'due date',
  itemIds: 'items',
  customX: 'label of the horizontal axis',
  customY: 'label of the vertical axis',
  markdown: 'text',
  participantId: 'voter',
  submittedAt: 'time of voting',
  priorityIds: 'linked priorities',
  decisionId: 'decision it belongs to',
};

function fieldLabel(fieldPath: Path): string {
  const names = fieldPath.filter((p): p is string => typeof p === 'string');
  const last = names[names.length - 1] ?? 'value';
  const base = FIELD_NAMES[last] ?? last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  // "scores.urgency" reads as "urgency score"; other nesting keeps the last name only.
  return names.length > 1 && names[names.length - 2] === 'scores' ? `${base} score` : base;
}

function problem(issue: Issue, value: unknown, field: string | null, noun: string): string {
  switch (issue.code) {
    case 'too_big':
      if (typeof value === 'string')
        return `is ${count(value.length)} characters; at most ${count(Number(issue.maximum))}`;
      if (Array.isArray(value)) {
        const what = field ?? noun;
        return field
          ? `has ${count(value.length)} entries; at most ${count(Number(issue.maximum))}`
          : `has ${count(value.length)} ${what}; at most ${count(Number(issue.maximum))}`;
      }
      if (typeof value === 'number') return `is ${value}; at most ${String(issue.maximum)}`;
      break;
    case 'too_small':
      if (typeof value === 'string') return 'is empty';
      if (typeof value === 'number') return `is ${value}; at least ${String(issue.minimum)}`;
      if (Array.isArray(value)) return `needs at least ${count(Number(issue.minimum))} entries`;
      break;
    case 'invalid_value':
      return `is ${shown(value)}; it must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return value === undefined ? 'is missing' : `is ${shown(value)}, which is not a ${issue.expected}`;
    case 'unrecognized_keys':
      return `has fields this version of Offsite does not know (${issue.keys.join(', ')})`;
    case 'custom':
      if (typeof value === 'string' && value.trim().length === 0) return 'is empty';
      break;
    case 'invalid_format':
      return `is ${shown(value)}, not in the expected form (${lowerFirst(issue.message)})`;
  }
  return `is not valid (${lowerFirst(issue.message)})`;
}

function valueAt(doc: unknown, path: Path): unknown {
  let v: unknown = doc;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Long titles are cut to what fits in a sentence; the list position says which one. */
function clip(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // End on a whole word where one is near, so "Office in Lis…" reads "Office in…".
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function quoted(text: unknown): string {
  return typeof text === 'string' && text.trim().length > 0 ? `, “${clip(text)}”` : '';
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `“${clip(value)}”`;
  if (value === null) return 'empty';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'a list or object' : 'missing';
}

const count = (n: number) => n.toLocaleString('en-US');
const lowerFirst = (s: string) => s.replace(/\.$/, '').replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
