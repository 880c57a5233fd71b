import { presenterActions, usePresenter } from './store';

/** Open, move and blank the audience window; one display or two, the same buttons. */
export function AudienceControls() {
  const audience = usePresenter((s) => s.audience);
  const blank = usePresenter((s) => s.blank);
  const frozen = usePresenter((s) => s.frozen);
  const problem = usePresenter((s) => s.problem);
  const where = !audience.open
    ? 'The audience window is closed.'
    : audience.fullScreen
      ? 'The audience window is full screen on the projector.'
      : audience.displays > 1
        ? 'The audience window is open.'
        : 'One display: the audience window is a normal window on this screen.';
  return (
    <div className="presenter-controls" role="group" aria-label="Audience window">
      <p className="muted" role="status">
        {where}
      </p>
      {audience.open ? (
        <button type="button" className="button" onClick={() => void presenterActions.closeAudience()}>
          Close audience window
        </button>
      ) : (
        <button
          type="button"
          className="button button-primary"
          onClick={() => void presenterActions.openAudience()}
        >
          Open audience window
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={() => void presenterActions.swapDisplays()}
        disabled={!audience.open || audience.displays < 2}
      >
        Swap displays
      </button>
      <button type="button" className="button" onClick={() => void presenterActions.identifyDisplays()}>
        Identify displays
      </button>
      <button type="button" className="button" aria-pressed={blank} onClick={presenterActions.toggleBlank}>
        Black screen (B)
      </button>
      <button type="button" className="button" aria-pressed={frozen} onClick={presenterActions.toggleFreeze}>
        Freeze (F)
      </button>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
