import { z } from 'zod';
import { BallotFileData } from '../domain/translation/ballotFileData';
import { TRANSLATION_LIMITS } from '../domain/translation/translationCheckSchema';

/**
 * The translation check's files over IPC: ballot files written into a folder the user
 * chooses, and reply files read back from one. Main only moves files: the window makes
 * the ballots' data from its document and counts the replies itself, so the open
 * workspace is never written here. Part of the one contract (contract.ts).
 */

/** At most this many reply files are read from one folder; the rest are left for another import. */
export const MAX_REPLY_FILES = 500;
/** A reply file larger than this is not read: a real one is a few kilobytes. */
export const MAX_REPLY_FILE_BYTES = 200 * 1024;

export const BallotFileToWrite = z.strictObject({
  /** The name the window suggests; main keeps only safe characters and never leaves the folder. */
  fileName: z.string().min(1).max(200),
  data: BallotFileData,
});
export type BallotFileToWrite = z.infer<typeof BallotFileToWrite>;

export const WriteBallotFilesRequest = z.strictObject({
  files: z.array(BallotFileToWrite).min(1).max(TRANSLATION_LIMITS.ballots),
});
export type WriteBallotFilesRequest = z.infer<typeof WriteBallotFilesRequest>;

export const BallotFilesWritten = z.strictObject({ folder: z.string(), written: z.number().int().min(0) });
export type BallotFilesWritten = z.infer<typeof BallotFilesWritten>;

export const ReplyFileRead = z.union([
  z.strictObject({ name: z.string(), text: z.string() }),
  /** Too large to be a reply: not read, named so the window can say so. */
  z.strictObject({ name: z.string(), tooLarge: z.literal(true) }),
]);
export type ReplyFileRead = z.infer<typeof ReplyFileRead>;
