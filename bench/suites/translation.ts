import { seededRandom, shuffleInPlace } from '../../src/shared/domain/ranking/random';
import {
  importReplyFiles,
  replyText,
  type BallotToken,
  type ReplyExpectation,
} from '../../src/shared/domain/translation';
import { medianMs, withPeer, type BenchEntry } from '../measure';

const REPLIES = 300;
const PRIORITIES = 30;
const DEPARTMENTS = 12;
/** Second replies from the same respondent among the 300, so replacement is exercised. */
const SECOND_REPLIES = 20;
/** Importing a folder of replies after the offsite: done before the facilitator looks up. */
const BUDGET_MS = 2000;

/** 280 respondents in 12 departments, each a full order of 30 priorities; 20 of them replied twice. */
function replyFiles(): { files: Array<{ name: string; text: string }>; expected: ReplyExpectation } {
  const random = seededRandom(20261206);
  const itemIds = Array.from({ length: PRIORITIES }, (_, i) => `priority-${i}`);
  const respondents = REPLIES - SECOND_REPLIES;
  const tokens: BallotToken[] = Array.from({ length: respondents }, (_, i) => ({
    token: `token-${i.toString(36).padStart(6, '0')}-${Math.floor(random() * 1e9).toString(36)}`,
    departmentId: `department-${i % DEPARTMENTS}`,
    respondent: i % 3 === 0 ? null : `Respondent ${i}`,
  }));
  const files = Array.from({ length: REPLIES }, (_, i) => {
    const token = tokens[i % respondents]!.token;
    const order = itemIds.slice();
    shuffleInPlace(order, random);
    const day = i < respondents ? 3 : 4;
    const text = replyText({
      workspaceId: 'workspace-bench',
      roundId: 'round-translation',
      token,
      submittedAt: `2026-12-0${day}T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
      order,
    });
    return { name: `reply-${i}.json`, text };
  });
  return {
    files,
    expected: { workspaceId: 'workspace-bench', roundId: 'round-translation', tokens, itemIds },
  };
}

/** translation.import.300: 300 reply files read, checked (checksum, workspace, round, token, items) and imported. */
export default async function runTranslationBench(): Promise<Record<string, BenchEntry>> {
  const { files, expected } = replyFiles();
  const check = importReplyFiles([], files, expected);
  if (check.problems.length > 0 || check.replaced.length !== SECOND_REPLIES) {
    throw new Error(
      `The bench replies did not import as built: ${check.problems[0]?.message ?? 'replacements'}`,
    );
  }
  const ours = await medianMs(() => importReplyFiles([], files, expected), 15, 3);
  // The peer: the least any import has to do, parse each file's JSON.
  const peer = await medianMs(() => files.map((f) => JSON.parse(f.text) as unknown), 15, 3);
  return {
    'translation.import.300': withPeer(ours, peer, {
      budget: BUDGET_MS,
      note: `${REPLIES} reply files (${SECOND_REPLIES} second replies), ${PRIORITIES} priorities, ${DEPARTMENTS} departments, SHA-256 checked; peer: JSON.parse of the same files`,
    }),
  };
}
