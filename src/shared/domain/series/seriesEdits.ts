import { DomainError } from '../domainError';
import {
  SERIES_LIMITS,
  type CommitmentGrade,
  type PreviousQuarterLink,
  type Priority,
  type SuccessDefinition,
  type Workspace,
} from '../workspace';

/**
 * Edits of the series fields that refuse what the file could not hold, so none of them
 * can block the next save. Each returns a new workspace or throws a DomainError worded
 * for the screen.
 */
export class SeriesEditError extends DomainError {
  constructor(message: string) {
    super('series-edit', message);
  }
}

/**
 * The success definition, if it still means something: its card exists and is the focus
 * or committed. A stale link (card deleted, deferred or dropped since) reads as none.
 */
export function activeSuccessDefinition(
  w: Workspace,
): { definition: SuccessDefinition; priority: Priority } | null {
  const definition = w.successDefinition;
  if (!definition) return null;
  const priority = w.priorities.find((p) => p.id === definition.priorityId);
  if (!priority) return null;
  const counts = priority.id === w.focusPriorityId || priority.status === 'committed';
  return counts ? { definition, priority } : null;
}

/** Stores what the room agreed would mean success: about the focus or a committed priority. */
export function setSuccessDefinition(w: Workspace, input: SuccessDefinition): Workspace {
  const priority = w.priorities.find((p) => p.id === input.priorityId);
  if (!priority) throw new SeriesEditError('That priority no longer exists.');
  if (priority.id !== w.focusPriorityId && priority.status !== 'committed') {
    throw new SeriesEditError('Success is defined for the focus or a committed priority.');
  }
  const metric = input.metric.trim();
  const target = input.target.trim();
  if (metric.length === 0 || target.length === 0) {
    throw new SeriesEditError('Say both the metric and the target that would mean success.');
  }
  if (metric.length > SERIES_LIMITS.metric) {
    throw new SeriesEditError(`A metric can be at most ${SERIES_LIMITS.metric} characters.`);
  }
  if (target.length > SERIES_LIMITS.target) {
    throw new SeriesEditError(`A target can be at most ${SERIES_LIMITS.target} characters.`);
  }
  return { ...w, successDefinition: { priorityId: priority.id, metric, target } };
}

export function clearSuccessDefinition(w: Workspace): Workspace {
  return { ...w, successDefinition: null };
}

/** "What every team will hear": blank lines are left out; at most three, each one short. */
export function setAgreedMessages(w: Workspace, messages: readonly string[]): Workspace {
  const kept = messages.map((m) => m.replace(/\s+/g, ' ').trim()).filter((m) => m.length > 0);
  if (kept.length > SERIES_LIMITS.agreedMessages) {
    throw new SeriesEditError(
      `Agree at most ${SERIES_LIMITS.agreedMessages} messages: more will not all be heard.`,
    );
  }
  const long = kept.findIndex((m) => m.length > SERIES_LIMITS.message);
  if (long >= 0) {
    throw new SeriesEditError(
      `Message ${long + 1} is ${kept[long]!.length} characters; at most ${SERIES_LIMITS.message}.`,
    );
  }
  return { ...w, agreedMessages: kept };
}

/** Grades one of last quarter's commitments. */
export function gradeCommitment(w: Workspace, commitmentId: string, grade: CommitmentGrade): Workspace {
  const carriedIn = w.carriedIn;
  if (!carriedIn?.commitments.some((c) => c.id === commitmentId)) {
    throw new SeriesEditError('That commitment is not in this quarter’s review.');
  }
  return {
    ...w,
    carriedIn: {
      ...carriedIn,
      commitments: carriedIn.commitments.map((c) => (c.id === commitmentId ? { ...c, grade } : c)),
    },
  };
}

/** Grades last quarter's success definition. */
export function gradePreviousSuccess(w: Workspace, grade: CommitmentGrade): Workspace {
  const carriedIn = w.carriedIn;
  if (!carriedIn?.previousSuccess) {
    throw new SeriesEditError('Last quarter agreed no definition of success to grade.');
  }
  return { ...w, carriedIn: { ...carriedIn, previousSuccess: { ...carriedIn.previousSuccess, grade } } };
}

/**
 * Points the series at the previous quarter's file where it is now (it was moved, renamed
 * or is on another machine). It must be the same workspace: the link is by id.
 */
export function repointPrevious(
  w: Workspace,
  found: { id: string; name: string; period: string },
  folder: string,
): Workspace {
  const series = w.series;
  if (!series?.previous) throw new SeriesEditError('This quarter does not follow another one.');
  if (found.id !== series.previous.workspaceId) {
    throw new SeriesEditError(`That is not “${series.previous.name}”: choose the previous quarter’s folder.`);
  }
  const previous: PreviousQuarterLink = {
    workspaceId: found.id,
    name: found.name.slice(0, SERIES_LIMITS.name),
    period: found.period.slice(0, SERIES_LIMITS.period),
    folderHint: folder.slice(0, SERIES_LIMITS.folderHint),
  };
  return { ...w, series: { ...series, previous } };
}
