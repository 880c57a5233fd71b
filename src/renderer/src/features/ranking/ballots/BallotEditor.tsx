import type { ComponentType } from 'react';
import { ballotMethodView } from '../ballotMethodViews';
import type { BallotEditorProps } from './types';

/** The ballot for the round's method, given the voter's draft only when it is of that method. */
export function BallotEditor({ draft, ...props }: BallotEditorProps) {
  const method = props.round.method;
  // Each editor takes its own kind of draft; the kind check below is what makes that true.
  const Editor = ballotMethodView(method).Editor as ComponentType<BallotEditorProps>;
  return <Editor {...props} draft={draft?.kind === method ? draft : null} />;
}
