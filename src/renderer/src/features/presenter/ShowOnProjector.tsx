import type { Cue } from '../../../../shared/domain/stage';
import { presenterActions, usePresenter } from './store';

/**
 * "On the projector" from the screen the facilitator is on (a round, the deck): the cue
 * goes to the audience window, which opens first if it is not open yet.
 */
export function ShowOnProjector({
  cue,
  label = 'Show on projector',
  className = 'button',
}: {
  cue: Cue;
  label?: string;
  className?: string;
}) {
  const open = usePresenter((s) => s.audience.open);
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        presenterActions.show(cue);
        if (!open) void presenterActions.openAudience();
      }}
    >
      {label}
    </button>
  );
}
