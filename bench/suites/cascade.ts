import { cascadeFlags, type CascadeInput, type Contribution } from '../../src/shared/domain/cascade';
import { seededRandom } from '../../src/shared/domain/ranking/random';
import { LINK_KINDS } from '../../src/shared/domain/workspace';
import { medianMs, withPeer, type BenchEntry } from '../measure';

const CONTRIBUTIONS = 500;
const PRIORITIES = 30;
const DEPARTMENTS = 12;
const LINKS = 60;
/** The cascade view re-derives its flags on every edit: well inside one frame. */
const BUDGET_MS = 20;

/**
 * 30 priorities (26 committed, a focus), 60 board links of every kind, 12 departments
 * and 500 objectives of one to three priorities each, ranked inside their department.
 * Some orphans, overloads, conflicts and local optimisation are in it, so every check
 * has work to do.
 */
function cascade(): CascadeInput {
  const random = seededRandom(20261206);
  const pick = (n: number) => Math.floor(random() * n);
  const priorities = Array.from({ length: PRIORITIES }, (_, i) => ({
    id: `p${i}`,
    title: `Priority ${i}`,
    status: i < 26 ? ('committed' as const) : ('deferred' as const),
  }));
  const links = Array.from({ length: LINKS }, (_, i) => {
    const from = pick(PRIORITIES);
    return {
      id: `l${i}`,
      from: `p${from}`,
      to: `p${(from + 1 + pick(PRIORITIES - 1)) % PRIORITIES}`,
      kind: LINK_KINDS[i % LINK_KINDS.length]!,
    };
  });
  const departments = Array.from({ length: DEPARTMENTS }, (_, i) => ({
    id: `d${i}`,
    name: `Department ${i}`,
    capacity: 60 + pick(40),
  }));
  const ranks = new Array<number>(DEPARTMENTS).fill(0);
  const contributions = Array.from({ length: CONTRIBUTIONS }, (_, i): Contribution => {
    const department = pick(DEPARTMENTS);
    const count = i % 25 === 0 ? 0 : 1 + pick(3);
    const priorityIds = [...new Set(Array.from({ length: count }, () => `p${pick(PRIORITIES)}`))];
    return {
      id: `c${i}`,
      departmentId: `d${department}`,
      objective: `Objective ${i}`,
      owner: 'Owner',
      measure: 'Measure',
      horizon: 'now',
      effort: 1 + pick(5),
      priorityIds,
      localRank: ++ranks[department]!,
    };
  });
  return { priorities, links, focusPriorityId: 'p0', departments, contributions };
}

/** The peer: the least any check has to do, one pass counting every objective's links. */
function countLinks(input: CascadeInput): number {
  let links = 0;
  for (const c of input.contributions) links += c.priorityIds.length;
  return links;
}

/** cascade.flags.500: every flag of a 500-objective cascade derived from scratch. */
export default async function runCascadeBench(): Promise<Record<string, BenchEntry>> {
  const input = cascade();
  const flags = cascadeFlags(input).length;
  const ours = await medianMs(() => cascadeFlags(input), 51, 10);
  const peer = await medianMs(() => countLinks(input), 51, 10);
  return {
    'cascade.flags.500': withPeer(ours, peer, {
      budget: BUDGET_MS,
      note: `${CONTRIBUTIONS} objectives over ${PRIORITIES} priorities and ${DEPARTMENTS} departments, ${LINKS} board links, ${flags} flags; peer: one loop counting the objectives' links`,
    }),
  };
}
