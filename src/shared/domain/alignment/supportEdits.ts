import { DomainError } from '../domainError';
import { SUPPORT_LIMITS, type StoredSupportRating, type SupportCheck } from '../workspace/supportCheckSchema';
import type { Participant, Workspace } from '../workspace/schema';
import { supportMatrix, type SupportMatrix } from './supportMatrix';

/**
 * The department support matrix as workspace → workspace steps: start a check, rate in
 * private, reveal, delete. Each refuses with a SupportError that says, in the words of the
 * screen, what the person can do; a refused edit leaves the workspace as it was.
 *
 * As the checkpoint (checkpointEdits.ts): rating adds the person to `answeredBy` (progress,
 * and the refusal of a second rating set) and their ratings to one list kept sorted by
 * content, so an anonymous check's file is the same whatever order people rated in and
 * nothing in it joins a rating to a person. Only a named check stores `participantId`.
 *
 * A stored rating reads from the rater's side: `receiver` is the rater's own department,
 * `giver` the department whose support they rate. The matrix reads support as flowing from
 * the giver to the receiver, so giver → fromDepartment and receiver → toDepartment.
 */
export class SupportError extends DomainError {
  override name = 'SupportError';

  constructor(message: string) {
    super('SUPPORT_REFUSED', message);
  }
}

export const DEFAULT_SUPPORT_TITLE = 'Department support matrix';
const TITLE_MAX = 200;

export type NewSupportCheck = {
  title?: string;
  /** Anonymous unless the room agrees to be named. */
  anonymous?: boolean;
  /** The departments rated, as the facilitator left the list. */
  departments: readonly string[];
};

/** One rating from the private screen: the support from `giver`, 1–5. */
export type GivenSupport = { giver: string; score: number };

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The list a new check starts from: the cascade's departments when it has any, else the
 * distinct departments written on the participants (first spelling kept).
 */
export function suggestedDepartments(w: Pick<Workspace, 'cascade' | 'participants'>): string[] {
  const fromCascade = distinct(w.cascade.departments.map((d) => d.name));
  return fromCascade.length > 0 ? fromCascade : distinct(w.participants.map((p) => p.department));
}

function distinct(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name.length > 0 && !out.some((o) => same(o, name))) out.push(name);
  }
  return out;
}

/** The list's department a participant's own free-text department names, or null. */
export function departmentOf(departments: readonly string[], person: Pick<Participant, 'department'>) {
  return departments.find((d) => same(d, person.department)) ?? null;
}

/**
 * Departments with exactly one voting participant: on an anonymous check their ratings
 * still say who gave them, so the form says so before the check starts.
 */
export function identifiableDepartments(
  w: Pick<Workspace, 'participants'>,
  departments: readonly string[],
): string[] {
  const voters = w.participants.filter((p) => p.votes);
  return departments.filter((d) => voters.filter((p) => same(p.department, d)).length === 1);
}

export function createSupportCheck(w: Workspace, spec: NewSupportCheck, id: string, now: Date): Workspace {
  if (w.supportChecks.length >= SUPPORT_LIMITS.checks)
    throw new SupportError(
      `A workspace can hold at most ${SUPPORT_LIMITS.checks} support matrices: delete an old one first.`,
    );
  const title = (spec.title ?? '').trim() || DEFAULT_SUPPORT_TITLE;
  if (title.length > TITLE_MAX) throw new SupportError(`A title can be at most ${TITLE_MAX} characters.`);
  const departments = spec.departments.map((d) => d.trim()).filter((d) => d.length > 0);
  const long = departments.find((d) => d.length > SUPPORT_LIMITS.department);
  if (long !== undefined)
    throw new SupportError(
      `Shorten “${long.slice(0, 40)}…” to ${SUPPORT_LIMITS.department} characters (it has ${long.length}).`,
    );
  const twice = departments.find((d, i) => departments.findIndex((e) => same(d, e)) !== i);
  if (twice !== undefined) throw new SupportError(`“${twice}” is listed twice: keep it once.`);
  if (departments.length < 2)
    throw new SupportError('List at least two departments: each rates the support it gets from the others.');
  if (departments.length > SUPPORT_LIMITS.departments)
    throw new SupportError(`List at most ${SUPPORT_LIMITS.departments} departments.`);
  const check: SupportCheck = {
    id,
    title,
    createdAt: now.toISOString(),
    status: 'open',
    anonymous: spec.anonymous ?? true,
    departments,
    answeredBy: [],
    ratings: [],
  };
  return { ...w, supportChecks: [...w.supportChecks, check] };
}

/**
 * One person's ratings: their own department (one of the check's) and 1–5 for the support
 * from each other department they rate. A department left out is one they do not work with.
 */
export function rateSupport(
  w: Workspace,
  checkId: string,
  participantId: string,
  ownDepartment: string,
  given: readonly GivenSupport[],
): Workspace {
  const check = supportCheckOf(w, checkId);
  if (check.status !== 'open') throw new SupportError('This matrix has been revealed: ratings are closed.');
  const person = w.participants.find((p) => p.id === participantId);
  if (!person) throw new SupportError('That person is not a participant of this workspace.');
  if (!person.votes) throw new SupportError(`${person.name} does not vote in this workspace.`);
  if (check.answeredBy.includes(participantId))
    throw new SupportError(`${person.name} has already rated: each person rates once.`);
  const receiver = check.departments.find((d) => d === ownDepartment.trim());
  if (receiver === undefined) throw new SupportError('Pick your own department from the list.');
  const seen = new Set<string>();
  const ratings: StoredSupportRating[] = [];
  for (const g of given) {
    const giver = check.departments.find((d) => d === g.giver.trim());
    if (giver === undefined)
      throw new SupportError('One rating is for a department this matrix does not list.');
    if (giver === receiver)
      throw new SupportError('Rate the other departments: your own department is not rated.');
    if (seen.has(giver)) throw new SupportError(`Rate ${giver} once.`);
    seen.add(giver);
    if (!(Number.isInteger(g.score) && g.score >= 1 && g.score <= 5))
      throw new SupportError('Pick a score from 1 (No support) to 5 (Full support).');
    const rating = { receiver, giver, score: g.score };
    ratings.push(check.anonymous ? rating : { ...rating, participantId });
  }
  if (ratings.length === 0) throw new SupportError('Rate the support from at least one other department.');
  return replaceCheck(w, {
    ...check,
    answeredBy: [...check.answeredBy, participantId].sort(byCodeUnits),
    ratings: [...check.ratings, ...ratings].sort(byContent),
  });
}

export function revealSupportCheck(w: Workspace, checkId: string): Workspace {
  const check = supportCheckOf(w, checkId);
  if (check.status === 'revealed') return w;
  if (check.answeredBy.length === 0)
    throw new SupportError('Nobody has rated yet: there is nothing to reveal.');
  return replaceCheck(w, { ...check, status: 'revealed' });
}

export function deleteSupportCheck(w: Workspace, checkId: string): Workspace {
  return { ...w, supportChecks: w.supportChecks.filter((c) => c.id !== checkId) };
}

export function supportCheckOf(w: Pick<Workspace, 'supportChecks'>, checkId: string): SupportCheck {
  const found = w.supportChecks.find((c) => c.id === checkId);
  if (!found) throw new SupportError('That support matrix has been deleted.');
  return found;
}

/** Derived each time from the stored ratings, never stored: the giver's support flows to the rater's department. */
export function supportMatrixOf(check: Pick<SupportCheck, 'ratings'>): SupportMatrix {
  return supportMatrix(
    check.ratings.map((r) => ({ fromDepartment: r.giver, toDepartment: r.receiver, score: r.score })),
  );
}

/** The matrix of the last revealed check, or null when none is revealed: a quarter's support figure. */
export function latestSupportMatrix(w: { supportChecks?: readonly SupportCheck[] }): SupportMatrix | null {
  const revealed = (w.supportChecks ?? []).filter((c) => c.status === 'revealed').at(-1);
  return revealed ? supportMatrixOf(revealed) : null;
}

function replaceCheck(w: Workspace, check: SupportCheck): Workspace {
  return { ...w, supportChecks: w.supportChecks.map((c) => (c.id === check.id ? check : c)) };
}

/** Locale-free, so the saved order is the same on every machine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The saved order: by receiver, giver, score, then (named checks only) person; never by when. */
function byContent(a: StoredSupportRating, b: StoredSupportRating): number {
  return (
    byCodeUnits(a.receiver, b.receiver) ||
    byCodeUnits(a.giver, b.giver) ||
    a.score - b.score ||
    byCodeUnits(a.participantId ?? '', b.participantId ?? '')
  );
}
