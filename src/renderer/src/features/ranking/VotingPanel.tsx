import { castBallot, revealRound, startSeed, withdrawBallot } from '../../../../shared/domain/rounds';
import type { BallotContent, Round, Workspace } from '../../../../shared/domain/workspace';
import { RevealBar } from '../../ui/RevealBar';
import { UndoToast } from '../../ui/UndoToast';
import { BallotEditor } from './ballots';
import { draftKey, rankingView, useRankingView } from './store';
import { useDocument, documentActions } from '../../document';
import { RoomLinkPanel, useRoom } from '../room';

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
  const drafts = useRankingView((s) => s.drafts);
  const withdrawal = useRankingView((s) => s.withdrawal);
  const phonesVoting = useRoom((s) => s.link?.roundId === round.id);
  const voters = workspace.participants.filter((p) => p.votes);
  const voted = new Set(round.ballots.map((b) => b.participantId));
  const missing = voters.filter((p) => !voted.has(p.id));
  const voter = voters.find((p) => p.id === votingAs);
  const keyOf = (participantId: string) => draftKey(workspace.id, round.id, participantId);

  if (voter) {
    const titles = new Map(workspace.priorities.map((p) => [p.id, p]));
    const items = round.itemIds.map((id) => ({
      id,
      title: titles.get(id)?.title ?? 'Removed item',
      description: titles.get(id)?.description ?? '',
    }));
    const key = keyOf(voter.id);
    const submit = (content: BallotContent) => {
      documentActions.edit((w) => castBallot(w, round.id, voter.id, content, new Date()));
      rankingView.dropDraft(key);
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
          // Voting again replaces it. A ballot not yet submitted is the voter's draft.
          initial={null}
          shuffleSeed={startSeed(round.id, voter.id)}
          draft={drafts[key] ?? null}
          onDraft={(draft) => rankingView.keepDraft(key, draft)}
          onSubmit={submit}
          onCancel={() => {
            rankingView.dropDraft(key);
            rankingView.doneVoting(null);
          }}
          onLater={() => rankingView.doneVoting(null)}
        />
      </div>
    );
  }

  // One click, no question: the way back is the Undo in the toast (the workspace's own
  // undo, as Ctrl+Z), offered while the workspace is still as the withdrawal left it.
  const withdraw = (participantId: string, voterName: string) => {
    documentActions.edit((w) => withdrawBallot(w, round.id, participantId));
    const after = useDocument.getState().current?.workspace;
    if (after) rankingView.withdrew({ voterName, after });
  };

  return (
    <section className="voting" aria-label="Voting">
      <p className="voting-status" role="status">
        {lastVoter ? <strong>Thanks, {lastVoter}: your ballot is in. </strong> : null}
        {voted.size} of {voters.length} have voted. Ballots stay hidden until the reveal.
      </p>
      {voters.length > 0 ? <RoomLinkPanel workspace={workspace} round={round} readOnly={readOnly} /> : null}
      {voters.length === 0 ? (
        <p className="empty">Add participants who vote (Setup tab) before opening the round.</p>
      ) : (
        <>
          <h3 className="voting-prompt">
            {phonesVoting ? 'Or vote on this laptop: pick your name' : 'Pick your name to vote in private'}
          </h3>
          <ul className="voter-grid">
            {voters.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className={`voter ${voted.has(p.id) ? 'voter-done' : ''}`}
                  style={{ borderColor: p.colour }}
                  disabled={readOnly}
                  onClick={() => rankingView.voteAs(p.id)}
                  aria-label={`${p.name}: ${voted.has(p.id) ? 'has voted, change ballot' : 'vote now'}${keyOf(p.id) in drafts ? ' (started)' : ''}`}
                >
                  <span className="voter-name">{p.name}</span>
                  <span className="voter-state">
                    {voted.has(p.id) ? 'Voted ✓' : 'Not yet'}
                    {keyOf(p.id) in drafts ? ' · started' : ''}
                  </span>
                </button>
                {voted.has(p.id) && !readOnly ? (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => withdraw(p.id, p.name)}
                  >
                    Withdraw {p.name}’s ballot
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
      {withdrawal && withdrawal.after === workspace ? (
        <UndoToast
          key={withdrawal.voterName}
          message={`Withdrew ${withdrawal.voterName}’s ballot.`}
          onUndo={documentActions.undo}
          onDismiss={rankingView.dismissWithdrawal}
        />
      ) : null}
      <RevealBar
        missing={missing.map((p) => p.name)}
        notYet="voted"
        disabled={readOnly || voted.size === 0}
        onReveal={() => documentActions.edit((w) => revealRound(w, round.id, new Date()))}
      />
    </section>
  );
}
