import { useEffect, useMemo, useState } from 'react';
import { priorityTimeText, priorityTimes } from '../../../../../shared/domain/agenda';
import type { RoundAnalysis } from '../../../../../shared/domain/ranking';
import type { Workspace } from '../../../../../shared/domain/workspace';
import './contestedTime.css';

/**
 * The agenda time the room has spent on this round's contested items so far ("Enterprise
 * SSO: 34 min across 3 blocks"): what settling the disagreement has cost. Nothing shows
 * until the timer has recorded time on one of them.
 */
export function ContestedTime({ workspace, analysis }: { workspace: Workspace; analysis: RoundAnalysis }) {
  // Re-read every half minute: a block about a contested item may be running now.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(tick);
  }, []);
  const spent = useMemo(() => {
    // This round's own contested items, from the analysis the results screen already made.
    const contested = new Set(analysis.topContested.map((c) => c.candidate));
    return priorityTimes(workspace, now, contested).filter((p) => p.contested && p.minutes > 0);
  }, [workspace, analysis, now]);
  if (spent.length === 0) return null;
  return (
    <div className="contested-time" data-testid="contested-time">
      <h4>Time spent in the agenda</h4>
      <ul>
        {spent.map((p) => (
          <li key={p.priorityId}>
            <strong>{p.title}</strong>: {priorityTimeText(p)}
          </li>
        ))}
      </ul>
    </div>
  );
}
