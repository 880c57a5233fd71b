import type { Workspace } from '../../../../shared/domain/workspace';
import { deckActions } from './deckActions';
import { exportActions } from './exportActions';
import { useQbrView } from './store';
import { ShowOnProjector } from '../presenter';

/** Present, Export PDF and the Confidential footer: what applies to the whole deck. */
export function DeckToolbar({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const exporting = useQbrView((s) => s.exportState.status === 'running');
  const deck = workspace.deck;
  if (!deck) return null;
  return (
    <div className="qbr-toolbar">
      <div className="qbr-toolbar-title">
        <h2>QBR deck</h2>
        <span className="muted">
          {deck.sections.length === 1 ? '1 section' : `${deck.sections.length} sections`}
        </span>
      </div>
      <label className="qbr-toggle">
        <input
          type="checkbox"
          checked={deck.confidential}
          disabled={readOnly}
          onChange={(e) => deckActions.setConfidential(e.target.checked)}
        />
        “Confidential” in the footer
      </label>
      <button type="button" className="button" onClick={() => deckActions.present(0)}>
        Present
      </button>
      {deck.sections[0] ? (
        <ShowOnProjector
          cue={{ kind: 'slide', sectionId: deck.sections[0].id, page: 0 }}
          label="Deck on projector"
        />
      ) : null}
      <button
        type="button"
        className="button button-primary"
        disabled={exporting}
        aria-busy={exporting || undefined}
        onClick={() => void exportActions.exportPdf()}
      >
        {exporting ? 'Exporting…' : 'Export PDF…'}
      </button>
    </div>
  );
}
