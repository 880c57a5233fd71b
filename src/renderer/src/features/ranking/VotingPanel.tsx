import { useState } from 'react';
import { castBallot, revealRound, withdrawBallot } from '../../../../shared/domain/rounds';
import type { BallotContent, Round, Workspace } from '../../../../shared/domain/workspace';
import { workspaceActions } from '../workspaces';
import { BallotEditor } from './ballots';
import { rankingView, useRankingView } from './store';

/**
 * The shared screen while a round is open: who has voted (never how), a private ballot
 * for whoever picks their name, and the facilitator's Reveal.
 */
export function VotingPanel({
  workspace,
  round,
  readOnly,
}: {
  workspace: Workspace;
  round: Round;
  readOnly: boolean;
}) {
  const votingAs = useRankingView((s) => s.votingAs);
  const lastVoter = useRankingView((s) => s.lastVoter);
  const [confirmReveal, setConfirmReveal] = useState(false);
  const voters = workspace.participants.filter((p) => p.votes);
  const voted = new Set(round.ballots.map((b) => b.participantId));
  const missing = voters.filter((p) => !voted.has(p.id));
  const voter = voters.find((p) => p.id === votingAs);

  if (voter) {
    const titles = new Map(workspace.priorities.map((p) => [p.id, p]));
    const items = round.itemIds.map((id) => ({
      id,
      title: titles.get(id)?.title ?? 'Removed item',
      description: titles.get(id)?.description ?? '',
    }));
    const submit = (content: BallotContent) => {
      workspaceActions.edit((w) => castBallot(w, round.id, voter.id, content, new Date()));
      rankingView.doneVoting(voter.name);
    };
    return (
      <div className="private-ballot" role="region" aria-label={`Private ballot for ${voter.name}`}>
        <BallotEditor
          key={voter.id}
          round={round}
          items={items}
          voterName={voter.name}
          // Never prefilled: whoever holds the laptop must not see an earlier ballot.
          // Voting again replaces it.
          initial={null}
          onSubmit={submit}
          onCancel={() => rankingView.doneVoting(null)}
        />
      </div>
    );
  }

  const reveal = () => {
    if (missing.length > 0 && !confirmReveal) return setConfirmReveal(true);
    workspaceActions.edit((w) => revealRound(w, round.id, new Date()));
    setConfirmReveal(false);
  };

  return (
    <section className="voting" aria-label="Voting">
      <p className="voting-status" role="status">
        {lastVoter ? <strong>Thanks, {lastVoter}: your ballot is in. </strong> : null}
        {voted.size} of {voters.length} have voted. Ballots stay hidden until the reveal.
      </p>
      {voters.length === 0 ? (
        <p className="empty">Add participants who vote (Setup tab) before opening the round.</p>
      ) : (
        <>
          <h3 className="voting-prompt">Pick your name to vote in private</h3>
          <ul className="voter-grid">
            {voters.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className={`voter ${voted.has(p.id) ? 'voter-done' : ''}`}
                  style={{ borderColor: p.colour }}
                  disabled={readOnly}
                  onClick={() => rankingView.voteAs(p.id)}
                  aria-label={`${p.name}: ${voted.has(p.id) ? 'has voted, change ballot' : 'vote now'}`}
                >
                  <span className="voter-name">{p.name}</span>
                  <span className="voter-state">{voted.has(p.id) ? 'Voted ✓' : 'Not yet'}</span>
                </button>
                {voted.has(p.id) && !readOnly ? (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => workspaceActions.edit((w) => withdrawBallot(w, round.id, p.id))}
                  >
                    Withdraw {p.name}’s ballot
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="reveal-bar">
        {confirmReveal ? (
          <p role="alert">
            {missing.length} {missing.length === 1 ? 'person has' : 'people have'} not voted yet (
            {missing.map((p) => p.name).join(', ')}). Reveal anyway?
          </p>
        ) : null}
        <button
          type="button"
          className="button button-primary button-large"
          disabled={readOnly || voted.size === 0}
          onClick={reveal}
        >
          {confirmReveal ? 'Reveal now' : 'Reveal results'}
        </button>
        {confirmReveal ? (
          <button type="button" className="button button-large" onClick={() => setConfirmReveal(false)}>
            Wait for them
          </button>
        ) : null}
      </div>
    </section>
  );
}
