import { DomainError } from '../domainError';
import { quote } from '../ranking/errors';
import { HORIZONS, LIMITS } from '../workspace/limits';
import type { Workspace } from '../workspace/schema';
import { CASCADE_LIMITS, type Cascade, type Contribution, type Department } from './cascadeSchema';

/**
 * Every change to the cascade: departments with their stated capacity, their objectives
 * (contributions) and the company priorities each one serves. Each edit refuses bad input
 * with a CascadeError that says, in the words of the screen, what to change; a refused
 * edit leaves the workspace as it was.
 */
export class CascadeError extends DomainError {
  override name = 'CascadeError';

  constructor(message: string) {
    super('CASCADE_REFUSED', message);
  }
}

type ContributionFields = Omit<Contribution, 'id' | 'departmentId'>;
export type ContributionPatch = Partial<ContributionFields> & { departmentId?: string };

const withCascade = (w: Workspace, cascade: Cascade): Workspace => ({ ...w, cascade });

function departmentOf(w: Workspace, id: string): Department {
  const found = w.cascade.departments.find((d) => d.id === id);
  if (!found) throw new CascadeError('That department is no longer in the cascade.');
  return found;
}

function contributionOf(w: Workspace, id: string): Contribution {
  const found = w.cascade.contributions.find((c) => c.id === id);
  if (!found) throw new CascadeError('That objective is no longer in the cascade.');
  return found;
}

function departmentName(w: Workspace, name: string, exceptId: string | null): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new CascadeError('Give the department a name.');
  if (trimmed.length > LIMITS.shortText)
    throw new CascadeError(`A department name can be at most ${LIMITS.shortText} characters.`);
  const taken = w.cascade.departments.some(
    (d) => d.id !== exceptId && d.name.trim().toLowerCase() === trimmed.toLowerCase(),
  );
  // Two departments of one name would make every flag and brief ambiguous.
  if (taken) throw new CascadeError(`There is already a department called ${quote(trimmed)}.`);
  return trimmed;
}

function capacity(value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > CASCADE_LIMITS.capacity) {
    throw new CascadeError(
      `A capacity is a number of effort points from 0 to ${CASCADE_LIMITS.capacity.toLocaleString('en-US')}.`,
    );
  }
  return value;
}

export function addDepartment(w: Workspace, department: Department): Workspace {
  if (w.cascade.departments.length >= CASCADE_LIMITS.departments)
    throw new CascadeError(`A cascade can have at most ${CASCADE_LIMITS.departments} departments.`);
  if (w.cascade.departments.some((d) => d.id === department.id))
    throw new CascadeError('That department is already in the cascade.');
  const added: Department = {
    id: department.id,
    name: departmentName(w, department.name, null),
    capacity: capacity(department.capacity),
  };
  return withCascade(w, { ...w.cascade, departments: [...w.cascade.departments, added] });
}

export function renameDepartment(w: Workspace, id: string, name: string): Workspace {
  const department = departmentOf(w, id);
  const renamed = departmentName(w, name, id);
  if (renamed === department.name) return w;
  return replaceDepartment(w, { ...department, name: renamed });
}

export function setDepartmentCapacity(w: Workspace, id: string, value: number): Workspace {
  const department = departmentOf(w, id);
  if (department.capacity === value) return w;
  return replaceDepartment(w, { ...department, capacity: capacity(value) });
}

function replaceDepartment(w: Workspace, department: Department): Workspace {
  return withCascade(w, {
    ...w.cascade,
    departments: w.cascade.departments.map((d) => (d.id === department.id ? department : d)),
  });
}

/** The department goes with its objectives: they were its own, and nobody else carries them. */
export function removeDepartment(w: Workspace, id: string): Workspace {
  departmentOf(w, id);
  return withCascade(w, {
    departments: w.cascade.departments.filter((d) => d.id !== id),
    contributions: w.cascade.contributions.filter((c) => c.departmentId !== id),
  });
}

/** The fields of an objective checked one by one, so the refusal names the field to fix. */
function checkedFields(w: Workspace, fields: ContributionFields, checkLinks = true): ContributionFields {
  const objective = fields.objective.trim();
  if (objective.length === 0) throw new CascadeError('Say what the objective is.');
  if (objective.length > LIMITS.name)
    throw new CascadeError(`An objective can be at most ${LIMITS.name} characters.`);
  const owner = fields.owner.trim();
  if (owner.length > LIMITS.shortText)
    throw new CascadeError(`An owner's name can be at most ${LIMITS.shortText} characters.`);
  const measure = fields.measure.trim();
  if (measure.length > LIMITS.name)
    throw new CascadeError(`A measure can be at most ${LIMITS.name} characters.`);
  if (!HORIZONS.includes(fields.horizon)) throw new CascadeError('The horizon is now, next or later.');
  if (!Number.isFinite(fields.effort) || fields.effort < 0 || fields.effort > CASCADE_LIMITS.effort)
    throw new CascadeError(`Effort is a number of points from 0 to ${CASCADE_LIMITS.effort}.`);
  const rank = fields.localRank;
  if (rank !== undefined && (!Number.isInteger(rank) || rank < 1 || rank > CASCADE_LIMITS.localRank))
    throw new CascadeError(
      `The department's own rank is a whole number from 1 to ${CASCADE_LIMITS.localRank}.`,
    );
  const priorityIds = checkLinks ? checkedPriorities(w, fields.priorityIds) : fields.priorityIds;
  const checked: ContributionFields = {
    objective,
    owner,
    measure,
    horizon: fields.horizon,
    effort: fields.effort,
    priorityIds,
  };
  return rank === undefined ? checked : { ...checked, localRank: rank };
}

function checkedPriorities(w: Workspace, ids: readonly string[]): string[] {
  const known = new Set(w.priorities.map((p) => p.id));
  const unique = [...new Set(ids)];
  if (unique.some((id) => !known.has(id)))
    throw new CascadeError('One of the linked priorities is no longer on the board.');
  if (unique.length > CASCADE_LIMITS.prioritiesPerContribution)
    throw new CascadeError(
      `One objective can serve at most ${CASCADE_LIMITS.prioritiesPerContribution} priorities.`,
    );
  return unique;
}

export function addContribution(w: Workspace, contribution: Contribution): Workspace {
  if (w.cascade.contributions.length >= CASCADE_LIMITS.contributions)
    throw new CascadeError(`A cascade can have at most ${CASCADE_LIMITS.contributions} objectives.`);
  if (w.cascade.contributions.some((c) => c.id === contribution.id))
    throw new CascadeError('That objective is already in the cascade.');
  departmentOf(w, contribution.departmentId);
  const { id, departmentId, ...fields } = contribution;
  const added: Contribution = { id, departmentId, ...checkedFields(w, fields) };
  return withCascade(w, { ...w.cascade, contributions: [...w.cascade.contributions, added] });
}

/** Changes some fields of an objective; `localRank: undefined` in the patch takes its rank away. */
export function editContribution(w: Workspace, id: string, patch: ContributionPatch): Workspace {
  const current = contributionOf(w, id);
  const departmentId = patch.departmentId ?? current.departmentId;
  departmentOf(w, departmentId);
  const { id: _id, departmentId: _department, ...fields } = { ...current, ...patch };
  const merged = 'localRank' in patch && patch.localRank === undefined ? withoutRank(fields) : fields;
  // Links are checked only when the edit changes them: a link left to a since-deleted
  // priority must not stop the owner's name from being corrected.
  const next: Contribution = {
    id,
    departmentId,
    ...checkedFields(w, merged, patch.priorityIds !== undefined),
  };
  return withCascade(w, {
    ...w.cascade,
    contributions: w.cascade.contributions.map((c) => (c.id === id ? next : c)),
  });
}

function withoutRank(fields: ContributionFields): ContributionFields {
  const { localRank: _rank, ...rest } = fields;
  return rest;
}

export function removeContribution(w: Workspace, id: string): Workspace {
  contributionOf(w, id);
  return withCascade(w, {
    ...w.cascade,
    contributions: w.cascade.contributions.filter((c) => c.id !== id),
  });
}

export function linkPriority(w: Workspace, contributionId: string, priorityId: string): Workspace {
  const contribution = contributionOf(w, contributionId);
  if (!w.priorities.some((p) => p.id === priorityId))
    throw new CascadeError('That priority is no longer on the board.');
  if (contribution.priorityIds.includes(priorityId)) return w;
  return editContribution(w, contributionId, { priorityIds: [...contribution.priorityIds, priorityId] });
}

export function unlinkPriority(w: Workspace, contributionId: string, priorityId: string): Workspace {
  const contribution = contributionOf(w, contributionId);
  if (!contribution.priorityIds.includes(priorityId)) return w;
  return withCascade(w, {
    ...w.cascade,
    contributions: w.cascade.contributions.map((c) =>
      c.id === contributionId ? { ...c, priorityIds: c.priorityIds.filter((p) => p !== priorityId) } : c,
    ),
  });
}

/**
 * The cascade once a priority is deleted: objectives stay (the department still means to do
 * them) but no longer point at the card. For the priority's own removal to call.
 */
export function cascadeWithoutPriority(cascade: Cascade, priorityId: string): Cascade {
  if (!cascade.contributions.some((c) => c.priorityIds.includes(priorityId))) return cascade;
  return {
    ...cascade,
    contributions: cascade.contributions.map((c) =>
      c.priorityIds.includes(priorityId)
        ? { ...c, priorityIds: c.priorityIds.filter((p) => p !== priorityId) }
        : c,
    ),
  };
}
