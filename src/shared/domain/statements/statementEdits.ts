import type { z } from 'zod';
import { DomainError } from '../domainError';
import { activeSuccessDefinition, setAgreedMessages, setSuccessDefinition } from '../series/seriesEdits';
import { LIMITS } from '../workspace/limits';
import type { Priority, Workspace } from '../workspace/schema';
import {
  MessageDraft,
  STATEMENT_LIMITS,
  SuccessDraft,
  type MessagesCheck,
  type StatementCheck,
  type StatementKind,
  type SuccessCheck,
} from '../workspace/statementCheckSchema';

/**
 * The same-message and success checks as workspace → workspace steps: open one, write a
 * draft in private, reveal the drafts side by side, agree one version, delete the check.
 * Each refuses with a StatementError worded for the screen; a refused edit changes nothing.
 *
 * Privacy works as the checkpoint's (alignment/checkpointEdits.ts): writing adds the
 * person's id to `answeredBy` and the draft to a separate list kept sorted by content. An
 * anonymous check's drafts carry no id, so the saved file is the same whoever wrote first.
 * What the room agrees is stored where the rest of the app reads it: `agreedMessages` and
 * `successDefinition` (series/seriesEdits.ts keeps their rules).
 */
export class StatementError extends DomainError {
  override name = 'StatementError';

  constructor(message: string) {
    super('STATEMENT_REFUSED', message);
  }
}

export const DEFAULT_MESSAGES_TITLE = 'Same message';
export const DEFAULT_SUCCESS_TITLE = 'Success';

export type NewStatementCheck = {
  kind: StatementKind;
  title?: string;
  /** Named unless the room asks otherwise: who says which version is the point here. */
  anonymous?: boolean;
  /** Success only: the priority to define success for; the quarter's focus when left out. */
  priorityId?: string;
};

export function createStatementCheck(
  w: Workspace,
  spec: NewStatementCheck,
  id: string,
  now: Date,
): Workspace {
  if (w.statementChecks.length >= STATEMENT_LIMITS.checks)
    throw new StatementError(
      `A workspace can hold at most ${STATEMENT_LIMITS.checks} written checks: delete an old one first.`,
    );
  const common = {
    id,
    createdAt: now.toISOString(),
    status: 'open' as const,
    anonymous: spec.anonymous ?? false,
    answeredBy: [],
  };
  if (spec.kind === 'messages') {
    const check: MessagesCheck = {
      ...common,
      kind: 'messages',
      title: titleOf(spec.title, DEFAULT_MESSAGES_TITLE),
      drafts: [],
    };
    return { ...w, statementChecks: [...w.statementChecks, check] };
  }
  const priority = successSubject(w, spec.priorityId ?? w.focusPriorityId);
  const check: SuccessCheck = {
    ...common,
    kind: 'success',
    title: titleOf(spec.title, `${DEFAULT_SUCCESS_TITLE}: ${priority.title}`),
    priorityId: priority.id,
    drafts: [],
  };
  return { ...w, statementChecks: [...w.statementChecks, check] };
}

/** One person's three (or fewer) messages; blank boxes are left out. */
export function writeMessages(
  w: Workspace,
  checkId: string,
  participantId: string,
  messages: readonly string[],
): Workspace {
  const check = openCheck(w, checkId, participantId);
  if (check.kind !== 'messages') throw new StatementError('This check asks for a metric and a target.');
  const kept = messages.map((m) => m.trim()).filter((m) => m.length > 0);
  const draft = valid(MessageDraft, { messages: kept });
  return withDraft(w, check, participantId, draft);
}

/** One person's metric and target that would mean success. */
export function writeSuccess(
  w: Workspace,
  checkId: string,
  participantId: string,
  input: { metric: string; target: string },
): Workspace {
  const check = openCheck(w, checkId, participantId);
  if (check.kind !== 'success') throw new StatementError('This check asks for messages.');
  const draft = valid(SuccessDraft, { metric: input.metric.trim(), target: input.target.trim() });
  return withDraft(w, check, participantId, draft);
}

export function revealStatementCheck(w: Workspace, checkId: string): Workspace {
  const check = statementCheckOf(w, checkId);
  if (check.status === 'revealed') return w;
  if (check.answeredBy.length === 0)
    throw new StatementError('Nobody has written yet: there is nothing to reveal.');
  return replaceCheck(w, { ...check, status: 'revealed' });
}

/**
 * "What every team will hear": one to three messages, each taken from any draft and edited,
 * or written fresh. Blank boxes are left out.
 */
export function agreeMessages(w: Workspace, checkId: string, messages: readonly string[]): Workspace {
  const check = revealedCheck(w, checkId);
  if (check.kind !== 'messages') throw new StatementError('This check agrees a definition of success.');
  if (messages.every((m) => m.trim().length === 0))
    throw new StatementError('Write at least one message every team will hear.');
  return rethrown(() => setAgreedMessages(w, messages));
}

/** The agreed definition of success, for the priority the check was about. */
export function agreeSuccess(
  w: Workspace,
  checkId: string,
  input: { metric: string; target: string },
): Workspace {
  const check = revealedCheck(w, checkId);
  if (check.kind !== 'success') throw new StatementError('This check agrees messages.');
  const priority = w.priorities.find((p) => p.id === check.priorityId);
  if (!priority)
    throw new StatementError(
      'The priority this check was about has been deleted: start a new success check for the focus.',
    );
  return rethrown(() => setSuccessDefinition(w, { priorityId: priority.id, ...input }));
}

export function deleteStatementCheck(w: Workspace, checkId: string): Workspace {
  return { ...w, statementChecks: w.statementChecks.filter((c) => c.id !== checkId) };
}

export function statementCheckOf(w: Workspace, checkId: string): StatementCheck {
  const found = w.statementChecks.find((c) => c.id === checkId);
  if (!found) throw new StatementError('That check has been deleted.');
  return found;
}

/** The priority a success check is about, while it can still be agreed; null once it cannot. */
export function successPriorityOf(w: Workspace, check: SuccessCheck): Priority | null {
  const priority = w.priorities.find((p) => p.id === check.priorityId);
  if (!priority) return null;
  return priority.id === w.focusPriorityId || priority.status === 'committed' ? priority : null;
}

/** The agreed definition of success, when it is about this check's priority and still counts. */
export function agreedSuccessFor(w: Workspace, check: SuccessCheck) {
  const active = activeSuccessDefinition(w);
  return active && active.priority.id === check.priorityId ? active : null;
}

function successSubject(w: Workspace, priorityId: string | null): Priority {
  if (priorityId === null)
    throw new StatementError(
      'There is no focus yet: choose the quarter’s focus on the results screen, then define its success.',
    );
  const priority = w.priorities.find((p) => p.id === priorityId);
  if (!priority) throw new StatementError('That priority no longer exists.');
  if (priority.id !== w.focusPriorityId && priority.status !== 'committed')
    throw new StatementError('Success is defined for the focus or a committed priority.');
  return priority;
}

function titleOf(given: string | undefined, fallback: string): string {
  const title = (given ?? '').trim() || fallback.slice(0, LIMITS.name);
  if (title.length > LIMITS.name)
    throw new StatementError(`A check's title can be at most ${LIMITS.name} characters.`);
  return title;
}

function openCheck(w: Workspace, checkId: string, participantId: string): StatementCheck {
  const check = statementCheckOf(w, checkId);
  if (check.status !== 'open') throw new StatementError('This check has been revealed: writing is closed.');
  const person = w.participants.find((p) => p.id === participantId);
  if (!person) throw new StatementError('That person is not a participant of this workspace.');
  if (!person.votes) throw new StatementError(`${person.name} does not take part in this workspace’s votes.`);
  if (check.answeredBy.includes(participantId))
    throw new StatementError(`${person.name} has already written: each person writes once.`);
  return check;
}

function revealedCheck(w: Workspace, checkId: string): StatementCheck {
  const check = statementCheckOf(w, checkId);
  if (check.status !== 'revealed')
    throw new StatementError('Reveal the drafts first: the room agrees after seeing them side by side.');
  return check;
}

/** The schema's own words for what is wrong with a draft. */
function valid<T>(schema: z.ZodType<T>, value: unknown): T {
  const checked = schema.safeParse(value);
  if (!checked.success) throw new StatementError(checked.error.issues[0]!.message);
  return checked.data;
}

function rethrown(edit: () => Workspace): Workspace {
  try {
    return edit();
  } catch (error) {
    if (error instanceof DomainError) throw new StatementError(error.message);
    throw error;
  }
}

function withDraft<D extends MessageDraft | SuccessDraft>(
  w: Workspace,
  check: StatementCheck,
  participantId: string,
  draft: D,
): Workspace {
  const stored = check.anonymous ? draft : { ...draft, participantId };
  const answeredBy = [...check.answeredBy, participantId].sort(byCodeUnits);
  if (check.kind === 'messages')
    return replaceCheck(w, {
      ...check,
      answeredBy,
      drafts: [...check.drafts, stored as MessageDraft].sort(byMessages),
    });
  return replaceCheck(w, {
    ...check,
    answeredBy,
    drafts: [...check.drafts, stored as SuccessDraft].sort(bySuccess),
  });
}

function replaceCheck(w: Workspace, check: StatementCheck): Workspace {
  return { ...w, statementChecks: w.statementChecks.map((c) => (c.id === check.id ? check : c)) };
}

/** Locale-free, so the saved order is the same on every machine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By content alone (then, in a named check, by person): never by who wrote first. */
function byMessages(a: MessageDraft, b: MessageDraft): number {
  const length = Math.max(a.messages.length, b.messages.length);
  for (let i = 0; i < length; i++) {
    const order = byCodeUnits(a.messages[i] ?? '', b.messages[i] ?? '');
    if (order !== 0) return order;
  }
  return byCodeUnits(a.participantId ?? '', b.participantId ?? '');
}

function bySuccess(a: SuccessDraft, b: SuccessDraft): number {
  return (
    byCodeUnits(a.metric, b.metric) ||
    byCodeUnits(a.target, b.target) ||
    byCodeUnits(a.participantId ?? '', b.participantId ?? '')
  );
}
