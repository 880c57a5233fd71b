import { useState } from 'react';
import { ballotMethod } from '../../../../shared/domain/rounds';
import type { Workspace } from '../../../../shared/domain/workspace';
import { CheckpointSection } from '../alignment';
import { StatementSection } from '../statements';
import { SupportSection } from '../support';
import { NewRoundForm } from './NewRoundForm';
import { RoundView } from './RoundView';
import { rankingView, useRankingView } from './store';

/** Rounds of ranking: pick one, or open a new one. */
export function RankingView({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const selectedId = useRankingView((s) => s.selectedRoundId);
  const presenting = useRankingView((s) => s.presenting);
  const votingAs = useRankingView((s) => s.votingAs);
  const [creating, setCreating] = useState(false);
  const selected = workspace.rounds.find((r) => r.id === selectedId) ?? workspace.rounds.at(-1) ?? null;
  const focused = presenting || votingAs !== null;

  return (
    <div className={focused ? 'ranking ranking-focused' : 'ranking'}>
      {focused ? null : (
        <nav className="round-list" aria-label="Rounds">
          <h2>Rounds</h2>
          <ol>
            {workspace.rounds.map((r, i) => (
              <li key={r.id}>
                <button
                  type="button"
                  className={r.id === selected?.id ? 'round-link round-link-on' : 'round-link'}
                  aria-current={r.id === selected?.id ? 'true' : undefined}
                  onClick={() => {
                    setCreating(false);
                    rankingView.selectRound(r.id);
                  }}
                >
                  <span>
                    {i + 1}. {r.question}
                  </span>
                  <span className="muted small">
                    {ballotMethod(r.method).name} ·{' '}
                    {r.status === 'open' ? `${r.ballots.length} voted` : 'revealed'}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          {readOnly ? null : (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              New round
            </button>
          )}
          <CheckpointSection workspace={workspace} readOnly={readOnly} />
          <StatementSection workspace={workspace} readOnly={readOnly} />
          <SupportSection workspace={workspace} readOnly={readOnly} />
        </nav>
      )}
      <div className="round-main">
        {creating || (!selected && !readOnly) ? (
          workspace.priorities.length < 2 ? (
            <p className="empty">
              Add at least two candidate priorities (Priorities tab) to open a ranking round.
            </p>
          ) : (
            <NewRoundForm workspace={workspace} onDone={() => setCreating(false)} />
          )
        ) : selected ? (
          <RoundView workspace={workspace} round={selected} readOnly={readOnly} />
        ) : (
          <p className="empty">No rounds yet.</p>
        )}
      </div>
    </div>
  );
}
