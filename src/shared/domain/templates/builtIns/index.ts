import type { Template } from '../schema';
import { ALIGNMENT_CHECKPOINT } from './alignment';
import { ANNUAL_REVIEW } from './annualReview';
import { QUARTERLY_FOCUS } from './focus';
import { TWO_DAY_OFFSITE } from './offsite';
import { QBR } from './qbr';
import type { BuiltInSpec } from './spec';

export type { BuiltInSpec } from './spec';

/** In the order the library shows them. */
export const BUILT_IN_SPECS: readonly BuiltInSpec[] = [
  QBR,
  ANNUAL_REVIEW,
  TWO_DAY_OFFSITE,
  ALIGNMENT_CHECKPOINT,
  QUARTERLY_FOCUS,
];

/** A shipped template as stored: stable ids (workspaces refer to them), fixed dates. */
export function materialize(spec: BuiltInSpec): Template {
  return {
    id: spec.id,
    origin: 'builtin',
    builtInVersion: spec.version,
    name: spec.name,
    kind: spec.kind,
    description: spec.description,
    sections: spec.sections.map((s, i) => ({
      id: `${spec.id}-${i + 1}`,
      type: s.type,
      title: s.title,
      prompts: [...s.prompts],
      minutes: s.minutes ?? null,
    })),
    createdAt: spec.releasedAt,
    updatedAt: spec.releasedAt,
  };
}

export function builtInTemplates(): Template[] {
  return BUILT_IN_SPECS.map(materialize);
}

export function isBuiltInId(id: string): boolean {
  return BUILT_IN_SPECS.some((s) => s.id === id);
}

/** Where a built-in sits in the library (user templates come after all of them). */
export function builtInRank(id: string): number {
  const at = BUILT_IN_SPECS.findIndex((s) => s.id === id);
  return at < 0 ? BUILT_IN_SPECS.length : at;
}
