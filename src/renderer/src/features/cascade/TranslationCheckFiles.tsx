import {
  ballotFileDataOf,
  createTranslationCheck,
  importTranslationReplies,
  issueBallots,
  type IssuedBallot,
} from '../../../../shared/domain/translation';
import { bridge, hasBridge } from '../../bridge';
import { documentActions, useDocument } from '../../document';

/**
 * The translation check's steps from the window: each change goes through the open
 * document (undo, autosave, refusals in words), and main only moves files in and out of
 * a folder. Each step answers with the sentence to show beside the button.
 */
export type StepOutcome = {
  tone: 'info' | 'error';
  lines: string[];
  /** Files that were not counted, each with why: shown apart, so they are not missed. */
  refused?: string[];
};

export const DEFAULT_QUESTION = 'In what order should your team work on the company’s priorities?';

const currentWorkspace = () => useDocument.getState().current?.workspace;

/** A ballot token: 128 random bits, written with the letters a reply file name may carry. */
const newToken = () => crypto.randomUUID().replace(/-/g, '');

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A new check; the refusal in words, or null when it was made. */
export function startCheck(input: {
  question: string;
  anonymous: boolean;
  leadershipRoundId: string | null;
  /** Checkpoint questions asked after the ranking; none to ask only for the order. */
  questions?: ReadonlyArray<{ id: string; wording: string }>;
}): string | null {
  const id = crypto.randomUUID();
  return documentActions.tryEdit((w) => ({
    ...w,
    translationChecks: createTranslationCheck(w, w.translationChecks, { id, ...input }, new Date()),
  }));
}

/**
 * Ballots for one department, then their files in a folder the user picks. When no file
 * is written (cancelled, or the disk refused) the ballots are taken back, so none is
 * counted as handed out that nobody could receive.
 */
export async function makeBallotFiles(input: {
  checkId: string;
  departmentId: string;
  respondents: string[];
  count: number;
}): Promise<StepOutcome | null> {
  if (!hasBridge())
    return { tone: 'error', lines: ['Ballot files can only be written from the desktop app.'] };
  let issued: IssuedBallot[] = [];
  const before = currentWorkspace();
  const refused = documentActions.tryEdit((w) => {
    const next = issueBallots(w, w.translationChecks, input, newToken, new Date());
    issued = next.issued;
    return { ...w, translationChecks: next.checks };
  });
  if (refused !== null) return { tone: 'error', lines: [refused] };
  // Not applied (read-only, or a notice said why): no file for ballots the workspace lacks.
  if (currentWorkspace() === before) return null;
  const workspace = currentWorkspace();
  const check = workspace?.translationChecks.find((c) => c.id === input.checkId);
  if (!workspace || !check || issued.length === 0) return null;
  const department =
    workspace.cascade.departments.find((d) => d.id === input.departmentId)?.name ?? 'Department';
  const files = issued.map((ballot, i) => ({
    fileName: `${department} - ${ballot.respondent ?? `ballot ${i + 1}`}`,
    data: ballotFileDataOf(workspace, check, ballot),
  }));
  const result = await bridge().translation.writeBallotFiles({ files });
  if (!result.ok || result.value === null) {
    takeBack(input.checkId, issued);
    if (!result.ok) return { tone: 'error', lines: [result.message] };
    return { tone: 'info', lines: ['No ballot files were written.'] };
  }
  const { written, folder } = result.value;
  return { tone: 'info', lines: [`${plural(written, 'ballot file', 'ballot files')} written to ${folder}`] };
}

/**
 * Ballots for a department that answers through the room link rather than by file: the
 * same tokens, named or counted the same way, with no file written. Each is a seat on the
 * phones. The refusal in words, or null when they were made.
 */
export function makeRoomBallots(input: {
  checkId: string;
  departmentId: string;
  respondents: string[];
  count: number;
}): string | null {
  return documentActions.tryEdit((w) => ({
    ...w,
    translationChecks: issueBallots(w, w.translationChecks, input, newToken, new Date()).checks,
  }));
}

function takeBack(checkId: string, issued: readonly IssuedBallot[]): void {
  const tokens = new Set(issued.map((b) => b.token));
  documentActions.edit((w) => ({
    ...w,
    translationChecks: w.translationChecks.map((c) =>
      c.id === checkId ? { ...c, ballots: c.ballots.filter((b) => !tokens.has(b.token)) } : c,
    ),
  }));
}

/** The reply files of a folder the user picks, counted into the check; what happened, in words. */
export async function importReplyFolder(checkId: string): Promise<StepOutcome | null> {
  if (!hasBridge()) return { tone: 'error', lines: ['Replies can only be imported in the desktop app.'] };
  const result = await bridge().translation.readReplyFolder({});
  if (!result.ok) return { tone: 'error', lines: [result.message] };
  if (result.value === null) return null;
  const files: Array<{ name: string; text: string }> = [];
  const tooLarge: string[] = [];
  for (const file of result.value) {
    if ('text' in file) files.push(file);
    else tooLarge.push(`${file.name}: too large to be a reply file, so it was not read.`);
  }
  if (files.length === 0 && tooLarge.length === 0) {
    return { tone: 'error', lines: ['That folder has no reply files (.json) in it.'] };
  }
  // Filled by the edit, which runs at once; a holder, since TypeScript cannot see that.
  const before = currentWorkspace();
  const done: { report?: ReturnType<typeof importTranslationReplies>['report'] } = {};
  const refused = documentActions.tryEdit((w) => {
    const next = importTranslationReplies(w, w.translationChecks, checkId, files);
    done.report = next.report;
    return { ...w, translationChecks: next.checks };
  });
  if (refused !== null) return { tone: 'error', lines: [refused] };
  if (!done.report || currentWorkspace() === before) return null;
  const { counted, replaced, duplicates, problems } = done.report;
  return {
    tone: 'info',
    lines: [
      `${plural(counted, 'reply', 'replies')} counted in all.`,
      ...replaced.map((r) => r.message),
      ...duplicates.map((d) => d.message),
    ],
    refused: [...problems.map((p) => p.message), ...tooLarge],
  };
}
