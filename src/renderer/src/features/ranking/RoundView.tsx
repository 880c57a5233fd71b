import { useState } from 'react';
import { ballotMethod, deleteRound, startRevote } from '../../../../shared/domain/rounds';
import type { Round, Workspace } from '../../../../shared/domain/workspace';
import { ResultsView } from './results/ResultsView';
import { rankingView, useRankingView } from './store';
import { VotingPanel } from './VotingPanel';
import { documentActions } from '../../document';
import { ShowOnProjector } from '../presenter';

export function RoundView({
  workspace,
  round,
  readOnly,
}: {
  workspace: Workspace;
  round: Round;
  readOnly: boolean;
}) {
  const hideNames = useRankingView((s) => s.hideNames);
  const presenting = useRankingView((s) => s.presenting);
  const votingAs = useRankingView((s) => s.votingAs);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const revote = () => {
    const id = crypto.randomUUID();
    documentActions.edit((w) => startRevote(w, round.id, id, new Date()));
    rankingView.selectRound(id);
  };
  const previous = round.previousRoundId
    ? workspace.rounds.find((r) => r.id === round.previousRoundId)
    : undefined;
  return (
    <section className="round" aria-label={round.question}>
      {votingAs ? null : (
        <header className="round-header">
          <div>
            <h2 className="round-question">{round.question}</h2>
            <p className="muted">
              {ballotMethod(round.method).name} · {round.itemIds.length} items ·{' '}
              {round.status === 'open' ? 'voting open' : 'revealed'}
              {previous ? ' · re-vote' : ''}
            </p>
          </div>
          <div className="round-tools">
            {/* The projector shows who has voted, and the results once revealed: never a ballot. */}
            {presenting ? null : <ShowOnProjector cue={{ kind: 'round', roundId: round.id }} />}
            {round.status === 'revealed' ? (
              <>
                <button
                  type="button"
                  className="button"
                  aria-pressed={hideNames}
                  onClick={rankingView.toggleNames}
                >
                  {hideNames ? 'Show names' : 'Hide names'}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => rankingView.setPresenting(!presenting)}
                >
                  {presenting ? 'Exit presentation' : 'Present'}
                </button>
                {presenting || readOnly ? null : (
                  <button type="button" className="button button-primary" onClick={revote}>
                    Start re-vote
                  </button>
                )}
              </>
            ) : null}
            {presenting || readOnly ? null : confirmDelete ? (
              <span className="inline-confirm" role="alert">
                Delete this round and its {round.ballots.length} ballots? (Undo with Ctrl+Z.)
                <button
                  type="button"
                  className="button button-small button-danger"
                  onClick={() => {
                    documentActions.edit((w) => deleteRound(w, round.id));
                    rankingView.selectRound(null);
                    setConfirmDelete(false);
                  }}
                >
                  Delete
                </button>
                <button type="button" className="button button-small" onClick={() => setConfirmDelete(false)}>
                  Keep
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => setConfirmDelete(true)}
              >
                Delete round…
              </button>
            )}
          </div>
        </header>
      )}
      {round.status === 'open' ? (
        <VotingPanel workspace={workspace} round={round} readOnly={readOnly} />
      ) : (
        <ResultsView
          workspace={workspace}
          round={round}
          hideNames={hideNames}
          presenting={presenting}
          readOnly={readOnly}
        />
      )}
    </section>
  );
}
