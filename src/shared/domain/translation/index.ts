/**
 * The translation check: how each department ranks the committed priorities after the
 * offsite, read against the leadership's order, from reply files brought back from
 * ballot files.
 */
export { kendallTauB, tauBOfRanks, topOverlap, type TopOverlap } from './agreement';
export {
  translationResults,
  tauBInWords,
  type DepartmentTranslation,
  type ReadDifferently,
  type TranslationDepartment,
  type TranslationHeatmap,
  type TranslationResults,
} from './results';
export { translationTrend, STEADY_BAND, type DepartmentTrend, type TrendPoint } from './trend';
export {
  REPLY_FORMAT,
  REPLY_VERSION,
  MAX_REPLY_CHARS,
  checksumOf,
  replyText,
  readReply,
  type AcceptedReply,
  type BallotToken,
  type ReplyExpectation,
  type ReplyFields,
  type ReplyFile,
  type ReplyProblem,
  type ReplyRead,
} from './replyFile';
export {
  importReplies,
  importReplyFiles,
  rankingsByDepartment,
  type ReplyFileProblem,
  type ReplyImport,
  type ReplyReplacement,
} from './replyImport';
export { sha256Hex } from './sha256';
export { BallotFileData, BALLOT_FILE_FORMAT, replyFileName } from './ballotFileData';
export { TranslationCheck, IssuedBallot, CountedReply, TRANSLATION_LIMITS } from './translationCheckSchema';
export {
  TranslationError,
  createTranslationCheck,
  issueBallots,
  ballotFileDataOf,
  importReplies as importTranslationReplies,
  leadershipOrder,
  translationCheckResults,
} from './translationChecks';
export {
  departmentReadings,
  READING_GAP_FROM,
  type DepartmentReadings,
  type QuestionReading,
} from './departmentReadings';
