import { sectionSpec } from '../../../../shared/domain/deck';
import type { DeckSectionType, Workspace } from '../../../../shared/domain/workspace';

/** A short line above a live section's comment, so nobody retypes what the slide already shows. */
export function LiveSourceNote({ type, workspace }: { type: DeckSectionType; workspace: Workspace }) {
  const text = sectionSpec(type).liveSource?.(workspace);
  if (!text) return null;
  return (
    <p className="deck-live-note">
      <span className="deck-live-badge">Live</span> {text}
    </p>
  );
}
