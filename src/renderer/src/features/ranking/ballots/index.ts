export { BallotEditor } from './BallotEditor';
export type { BallotEditorProps, BallotItem } from './types';
export type { BallotDraft } from '../ballotMethodViews';
