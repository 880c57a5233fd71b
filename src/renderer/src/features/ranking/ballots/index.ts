export { BallotEditor } from './BallotEditor';
export type { BallotEditorProps, BallotItem } from './types';
