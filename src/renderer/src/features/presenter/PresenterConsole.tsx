import { useEffect, useMemo, useState } from 'react';
import { localDay } from '../../../../shared/domain/calendarDay';
import { buildSlides } from '../../../../shared/domain/deck';
import { cueKey, cueList, deriveStage, roundVoters, type Cue } from '../../../../shared/domain/stage';
import type { Workspace } from '../../../../shared/domain/workspace';
import { ConsoleTimer, ParkingCounter } from '../agenda/views';
import { useDeckSeries } from '../qbr';
import { AudienceControls } from './AudienceControls';
import { AudienceStage } from './AudienceStage';
import { SpeakerNotes } from './SpeakerNotes';
import { presenterActions, usePresenter } from './store';
import { usePresenterKeys } from './usePresenterKeys';

/**
 * The facilitator's console on the laptop: the running order, what the room sees now
 * and what comes next, the vote progress, the elapsed time and the controls. Nothing
 * here reaches the projector except through the stage. The block timer (and its
 * re-plan offer) heads the side column.
 */
export function PresenterConsole({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const cue = usePresenter((s) => s.cue);
  const shown = usePresenter((s) => s.shown);
  const blank = usePresenter((s) => s.blank);
  const frozen = usePresenter((s) => s.frozen);
  // The trend slides compare with the series' earlier quarters, and may take more pages with them.
  const series = useDeckSeries(workspace);
  const cues = useMemo(() => {
    const pages = new Map<string, number>();
    if (workspace.deck) {
      const options = { date: localDay(), ...(series ? { series } : {}) };
      for (const slide of buildSlides(workspace, workspace.deck, options)) {
        pages.set(slide.sectionId, (pages.get(slide.sectionId) ?? 0) + 1);
      }
    }
    return cueList(workspace, pages);
  }, [workspace, series]);
  // -1 when the cue is not in the running order (chosen cards of the board, sent from there).
  const index = cues.findIndex((c) => c.key === cueKey(cue));
  const next = cues[index + 1] ?? null;
  const nextStage = useMemo(
    () =>
      next ? deriveStage(workspace, next.cue, { date: localDay(), ...(series ? { series } : {}) }) : null,
    [workspace, next, series],
  );
  const step = (delta: number) => {
    const target = cues[Math.min(cues.length - 1, Math.max(0, index + delta))];
    if (target) presenterActions.show(target.cue);
  };
  usePresenterKeys(step);

  return (
    <div className="presenter">
      <section className="presenter-cues" aria-label="Running order">
        <h2>Running order</h2>
        <ol>
          {cues.map((c, i) => (
            <li key={c.key}>
              <button
                type="button"
                className={i === index ? 'cue cue-on' : 'cue'}
                aria-current={i === index ? 'true' : undefined}
                onClick={() => presenterActions.show(c.cue)}
              >
                <span dir="auto">{c.label}</span>
              </button>
            </li>
          ))}
        </ol>
      </section>
      <section className="presenter-now" aria-label="On the projector">
        <header className="presenter-now-head">
          <h2>
            The room sees now
            {blank ? <span className="presenter-flag">Black (B)</span> : null}
            {frozen ? <span className="presenter-flag">Frozen (F)</span> : null}
          </h2>
          <div className="presenter-step">
            <button type="button" className="button" onClick={() => step(-1)} disabled={index <= 0}>
              ← Previous
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => step(1)}
              disabled={index >= cues.length - 1}
            >
              Next →
            </button>
          </div>
        </header>
        <div className="presenter-screen presenter-screen-now" data-testid="audience-thumbnail">
          <AudienceStage stage={shown} />
        </div>
        <RoundProgress workspace={workspace} cue={cue} />
        {/* A fresh field per cue: a draft belongs to the notes it was typed for. */}
        <SpeakerNotes key={cueKey(cue)} workspace={workspace} cue={cue} readOnly={readOnly} />
      </section>
      <aside className="presenter-side">
        <ConsoleTimer workspace={workspace} readOnly={readOnly} />
        <div className="presenter-side-row">
          <ElapsedClock />
          <ParkingCounter />
        </div>
        <AudienceControls />
        <h2>Next</h2>
        <div className="presenter-screen presenter-screen-next">
          {nextStage ? (
            <AudienceStage stage={nextStage} />
          ) : (
            <p className="muted">The end of the running order.</p>
          )}
        </div>
        {next ? (
          <p className="muted" dir="auto">
            {next.label}
          </p>
        ) : null}
      </aside>
    </div>
  );
}

/** The vote progress of the round on the projector, or of the newest open round. */
function RoundProgress({ workspace, cue }: { workspace: Workspace; cue: Cue }) {
  const round =
    (cue.kind === 'round' ? workspace.rounds.find((r) => r.id === cue.roundId) : undefined) ??
    [...workspace.rounds].reverse().find((r) => r.status === 'open');
  if (!round) return null;
  if (round.status === 'revealed') {
    return <p className="presenter-progress">“{round.question}”: revealed.</p>;
  }
  // Counted as the room counts them on the projector.
  const voters = roundVoters(workspace, round);
  return (
    <p className="presenter-progress" aria-live="polite">
      <span dir="auto">“{round.question}”</span>: {voters.filter((v) => v.voted).length} of {voters.length}{' '}
      have voted
    </p>
  );
}

function ElapsedClock() {
  const startedAt = usePresenter((s) => s.startedAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
  const hh = Math.floor(seconds / 3600);
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return (
    <p className="presenter-elapsed" aria-label="Time since the session started">
      <span className="muted">Elapsed</span> {hh > 0 ? `${hh}:` : ''}
      {mm}:{ss}
    </p>
  );
}
