import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { summarizeQuarterFromJson } from '../../src/shared/domain/series/quarterSummaryJson';
import { seriesTrends } from '../../src/shared/domain/series/trends';
import { seededRandom } from '../../src/shared/domain/ranking/random';
import {
  decodeWorkspace,
  encodeWorkspace,
  HORIZONS,
  Workspace,
  type AgendaBlock,
  type Round,
} from '../../src/shared/domain/workspace';
import { bigWorkspace } from '../../tests/support/workspaceArbitrary';
import { makeTempDir } from '../../tests/support/tempDir';
import { medianMs, round, withPeer, type BenchEntry } from '../measure';

const QUARTERS = 12;
const PRIORITIES = 200;
const LINKS = 400;
/** Rounds of 6 items (W's p-value by permutations) and of 10 (by χ²), alternately. */
const roundItems = (q: number) => (q % 2 === 0 ? 6 : 10);
const VOTERS = 8;
const DEPARTMENTS = ['Sales', 'Engineering', 'Finance', 'Operations'];
/** Opening the Series view of three years of quarters must not keep anyone waiting. */
const BUDGET_MS = 300;

/**
 * One quarter's workspace as a team leaves it after the offsite: 200 priorities and 400 links,
 * a revealed ranking round of 6 or 10 priorities by 8 voters, a deck reviewing 10 commitments and
 * an agenda of 8 timed blocks, a revealed support matrix of 4 departments rated by the 8, and
 * a translation check with 5 replies from each department. The mix of horizons and grades
 * drifts from quarter to quarter.
 */
function quarterWorkspace(q: number): Workspace {
  const random = seededRandom(20270101 + q);
  const w = bigWorkspace(PRIORITIES, LINKS);
  const year = 2025 + Math.floor(q / 4);
  const at = w.createdAt;
  const items = w.priorities.slice(0, roundItems(q)).map((p) => p.id);
  const ballotOrder = () => items.slice().sort(() => random() - 0.5);
  const finalRound: Round = {
    id: `r${q}`,
    question: 'Which bets matter most this quarter?',
    method: 'order',
    itemIds: items,
    budget: 100,
    dots: 5,
    ahpStrength: false,
    status: 'revealed',
    createdAt: at,
    revealedAt: at,
    previousRoundId: null,
    ballots: w.participants.slice(1, VOTERS + 1).map((u) => ({
      participantId: u.id,
      submittedAt: at,
      content: { kind: 'order' as const, tiers: ballotOrder().map((id) => [id]) },
    })),
  };
  const blocks: AgendaBlock[] = Array.from({ length: 8 }, (_, i) => ({
    id: `b${i}`,
    dayId: 'day-1',
    title: `Session ${i + 1}`,
    kind: 'discussion',
    minutes: 45,
    minMinutes: 45,
    fixedStart: null,
    roundId: null,
    priorityIds: [items[i % items.length]!, items[(i + 3) % items.length]!],
    sectionId: null,
    spentMs: (30 + Math.floor(random() * 30)) * 60_000,
    done: true,
  }));
  const voters = w.participants.slice(1, VOTERS + 1);
  const departments = DEPARTMENTS.map((name, i) => ({ id: `dept-${i}`, name, capacity: 20 }));
  // Two executives a department; each rates the support from the three others.
  const supportRatings = voters.flatMap((_, v) =>
    DEPARTMENTS.filter((_, d) => d !== v % 4).map((giver) => ({
      receiver: DEPARTMENTS[v % 4]!,
      giver,
      score: 1 + Math.floor(random() * 5),
    })),
  );
  // Five replies a department, each a shuffle of the round's items.
  const tokens = DEPARTMENTS.flatMap((_, d) =>
    Array.from({ length: 5 }, (_, r) => `token-${q}-${d}-${r}-bench`),
  );
  const translationCheck = {
    id: `tc${q}`,
    createdAt: at,
    question: 'Rank the committed priorities',
    anonymous: true,
    itemIds: items,
    questions: [],
    leadershipRoundId: `r${q}`,
    ballots: tokens.map((token, i) => ({
      token,
      departmentId: `dept-${Math.floor(i / 5)}`,
      respondent: null,
      issuedAt: at,
    })),
    replies: tokens.map((token) => ({
      token,
      submittedAt: at,
      order: ballotOrder(),
      answers: [],
      checksum: '0'.repeat(64),
    })),
  };
  return Workspace.parse({
    ...w,
    id: `quarter-${q}`,
    cascade: { ...w.cascade, departments },
    supportChecks: [
      {
        id: `sc${q}`,
        title: 'Department support matrix',
        createdAt: at,
        status: 'revealed',
        anonymous: true,
        departments: DEPARTMENTS,
        answeredBy: voters.map((u) => u.id).sort(),
        ratings: supportRatings,
      },
    ],
    translationChecks: [translationCheck],
    period: `${year}-Q${(q % 4) + 1}`,
    priorities: w.priorities.map((p, i) => ({
      ...p,
      // Later loses ground as the quarters go by, as the warning is there to catch.
      horizon: HORIZONS[(i + q) % 5 === 0 ? 2 : i % 2]!,
    })),
    rounds: [finalRound],
    deck: {
      templateId: null,
      confidential: true,
      sections: [
        {
          id: 'commitments',
          type: 'commitments-review',
          title: 'Last quarter’s commitments',
          markdown: '',
          rows: Array.from({ length: 10 }, (_, i) => ({
            id: `c${i}`,
            commitment: `Commitment ${i + 1}`,
            owner: `Owner ${i}`,
            grade: (['done', 'partly', 'missed', 'ungraded'] as const)[Math.floor(random() * 4)]!,
            comment: '',
          })),
        },
      ],
    },
    agenda: { ...w.agenda, blocks },
  });
}

/**
 * series.trends.12: twelve quarterly workspace files (200 priorities each) read from disk,
 * each summed up from only the fields the trends need, and the trends drawn. The peer is
 * plain JSON.parse of the same twelve files read the same way: the floor any reader pays.
 */
export default async function runSeriesBench(): Promise<Record<string, BenchEntry>> {
  const root = await makeTempDir('offsite-bench-series-');
  try {
    const files: string[] = [];
    let bytes = 0;
    for (let q = 0; q < QUARTERS; q++) {
      const folder = join(root.path, `Quarter ${q + 1}`);
      await mkdir(folder);
      const text = encodeWorkspace(quarterWorkspace(q));
      bytes += Buffer.byteLength(text);
      files.push(join(folder, 'workspace.json'));
      await writeFile(files.at(-1)!, text);
    }
    const readAll = () => Promise.all(files.map((f) => readFile(f, 'utf8')));
    const trends = async () => seriesTrends((await readAll()).map((text) => summarizeQuarterFromJson(text)));
    const check = await trends();
    for (const key of ['ranking-agreement', 'support-average', 'translation-sales']) {
      if (check.metrics.find((m) => m.key === key)?.points.some((p) => p.value === null) !== false) {
        throw new Error(`a quarter of the series bench gave no ${key}`);
      }
    }
    const ours = await medianMs(trends, 15, 3);
    const peer = await medianMs(
      async () => (await readAll()).map((text) => JSON.parse(text) as unknown),
      15,
      3,
    );
    // For the record: the same summaries after decoding each whole workspace as opening it does.
    const decoded = await medianMs(async () => (await readAll()).map((text) => decodeWorkspace(text)), 7, 2);
    const kb = Math.round(bytes / QUARTERS / 1024);
    return {
      'series.trends.12': withPeer(ours, peer, {
        budget: BUDGET_MS,
        note: `${QUARTERS} workspace files of ${PRIORITIES} priorities (${kb} KiB each) read, summed up and trended; peer: JSON.parse of the same files; decoding every whole workspace alone takes ${round(decoded, 1)} ms`,
      }),
    };
  } finally {
    await root.cleanup();
  }
}
