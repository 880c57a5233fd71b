import { kendallW } from '../ranking/kendallW';
import { ballotMidRanks, normaliseRanking, validateCandidates } from '../ranking/profile';
import { listInWords } from '../ranking/resultWording';
import { tierIndex, tierNames, tiersByScore } from '../ranking/tiers';
import type { CandidateLabels, Tiered } from '../ranking/types';
import { tauBOfRanks, topSet, type TopOverlap } from './agreement';

/**
 * The translation check: after the offsite each department ranks the committed
 * priorities without seeing the leadership's order, and this reads how the strategy
 * came across. Pure function of the orders; nothing is stored.
 *
 * The headline τ-b compares the department's consensus (mean place per priority, the
 * engine's mean-rank order) with the leadership's, rather than averaging each person's
 * τ-b: the question is what the department as a group took away, and how much its
 * members differ among themselves is reported on its own as W. Averaging individual τ-b
 * would mix the two, so a department that agrees with the leadership but not within
 * itself would look as if it had misread the strategy.
 */
export type TranslationDepartment = {
  departmentId: string;
  name: string;
  /** One order per respondent, best first; left-out priorities tie last. */
  rankings: readonly Tiered[];
};

export type ReadDifferently = {
  priorityId: string;
  /** Mid-rank place in the leadership's order, 1 = first. */
  leadershipPlace: number;
  /** The department's mean place. */
  departmentPlace: number;
  /** departmentPlace − leadershipPlace: positive = the department puts it further down. */
  gap: number;
};

export type DepartmentTranslation = {
  departmentId: string;
  name: string;
  respondents: number;
  /** The department's order by mean place; null with no respondents. */
  consensus: string[][] | null;
  /** τ-b of the department's order against the leadership's; null with no respondents or an all-tied order. */
  tauB: number | null;
  topOverlap: TopOverlap | null;
  /** Kendall's W among the respondents; null below two respondents. */
  withinW: number | null;
  /** Up to three priorities whose mean place is a whole place or more from the leadership's, largest first. */
  readDifferently: ReadDifferently[];
  /** What the numbers say, in words, including why some are missing. */
  summary: string;
};

export type TranslationHeatmap = {
  priorityIds: string[];
  /** One row per department: mean place gap per priority, null where no one replied. */
  rows: Array<{ departmentId: string; gaps: Array<number | null> }>;
};

export type TranslationResults = { departments: DepartmentTranslation[]; heatmap: TranslationHeatmap };

/** A gap under one place is within the rounding of a mean of a few orders: not a different reading. */
const MIN_READ_GAP = 1;
const MAX_READ_DIFFERENTLY = 3;
const TOP_K = 3;

export function translationResults(
  leadershipConsensus: Tiered,
  departments: readonly TranslationDepartment[],
  titles: CandidateLabels = {},
): TranslationResults {
  const items = validateCandidates(leadershipConsensus.flat(), titles);
  const index = new Map(items.map((c, i) => [c, i] as const));
  const leader = normaliseRanking(leadershipConsensus, index, 'The leadership’s order', titles);
  const leaderPlaces = ballotMidRanks({ weight: 1, ...leader });
  const leaderTop = topSet(leader, Math.min(TOP_K, items.length));
  const results = departments.map((d) => {
    const orders = d.rankings.map((r, i) =>
      normaliseRanking(r, index, `Reply ${i + 1} from ${d.name}`, titles),
    );
    if (orders.length === 0) return noReplies(d, items.length);
    const places = orders.map((o) => ballotMidRanks({ weight: 1, ...o }));
    const mean = items.map((_, c) => places.reduce((sum, row) => sum + row[c]!, 0) / places.length);
    const tiers = tiersByScore(mean, false);
    const consensus = { tierOf: tierIndex(tiers, items.length), tierSizes: tiers.map((t) => t.length) };
    const top = topSet(consensus, Math.min(TOP_K, items.length));
    const shared = items.filter((_, i) => leaderTop.has(i) && top.has(i));
    const k = Math.min(TOP_K, items.length);
    const overlap = { k, shared, share: Math.min(1, shared.length / k) };
    const tauB = tauBOfRanks(leaderPlaces, consensus.tierOf);
    const withinW = places.length >= 2 ? kendallW(places.map((row) => Array.from(row))).w : null;
    const gaps = items.map((id, c) => ({
      priorityId: id,
      leadershipPlace: leaderPlaces[c]!,
      departmentPlace: mean[c]!,
      gap: mean[c]! - leaderPlaces[c]!,
    }));
    const readDifferently = gaps
      .filter((g) => Math.abs(g.gap) >= MIN_READ_GAP)
      .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.leadershipPlace - b.leadershipPlace)
      .slice(0, MAX_READ_DIFFERENTLY);
    const result: DepartmentTranslation = {
      departmentId: d.departmentId,
      name: d.name,
      respondents: orders.length,
      consensus: tierNames(tiers, items),
      tauB,
      topOverlap: overlap,
      withinW,
      readDifferently,
      summary: '',
    };
    return { result: { ...result, summary: summaryOf(result, titles) }, gaps: gaps.map((g) => g.gap) };
  });
  return {
    departments: results.map((r) => r.result),
    heatmap: {
      priorityIds: items.slice(),
      rows: results.map((r) => ({ departmentId: r.result.departmentId, gaps: r.gaps })),
    },
  };
}

function noReplies(d: TranslationDepartment, items: number): { result: DepartmentTranslation; gaps: null[] } {
  return {
    result: {
      departmentId: d.departmentId,
      name: d.name,
      respondents: 0,
      consensus: null,
      tauB: null,
      topOverlap: null,
      withinW: null,
      readDifferently: [],
      summary: `No one from ${d.name} has replied yet, so there is nothing to compare with the leadership’s order.`,
    },
    gaps: new Array<null>(items).fill(null),
  };
}

/** How a τ-b reads to someone who has never heard of Kendall. */
export function tauBInWords(tauB: number): string {
  if (tauB >= 0.7) return 'follows the leadership’s order closely';
  if (tauB >= 0.4) return 'partly follows the leadership’s order';
  if (tauB >= 0) return 'barely follows the leadership’s order';
  return 'runs against the leadership’s order';
}

const place = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

function summaryOf(r: DepartmentTranslation, titles: CandidateLabels): string {
  const who =
    r.respondents === 1
      ? `One person from ${r.name} replied, so this is one person’s reading; agreement within ${r.name} needs at least two replies.`
      : `${r.respondents} people from ${r.name} replied; their agreement among themselves is W = ${r.withinW!.toFixed(2)}.`;
  const subject = r.respondents === 1 ? 'Their order' : 'The department’s order';
  const reading =
    r.tauB === null
      ? `${subject} ties every priority, so it cannot be compared with the leadership’s.`
      : `${subject} ${tauBInWords(r.tauB)} (τ-b ${r.tauB.toFixed(2).replace('-', '−')}), with ${r.topOverlap!.shared.length} of the leadership’s top ${r.topOverlap!.k} in its own top ${r.topOverlap!.k}.`;
  const title = (id: string) => `“${titles[id] ?? id}”`;
  const differently =
    r.readDifferently.length === 0
      ? ''
      : ` Read most differently: ${listInWords(
          r.readDifferently.map(
            (g) =>
              `${title(g.priorityId)} (place ${place(g.leadershipPlace)} for the leadership, ${place(g.departmentPlace)} here)`,
          ),
        )}.`;
  return `${who} ${reading}${differently}`;
}
