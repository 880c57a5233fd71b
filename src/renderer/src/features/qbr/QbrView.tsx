import './deckStyles';
import type { Workspace } from '../../../../shared/domain/workspace';
import { AddSectionForm } from './AddSectionForm';
import { DeckCreator } from './DeckCreator';
import { DeckSectionList } from './DeckSectionList';
import { DeckToolbar } from './DeckToolbar';
import { ExportStatus } from './ExportStatus';
import { RemovedSectionBar } from './RemovedSectionBar';
import { SectionEditor } from './SectionEditor';
import { SlidePreview } from './SlidePreview';
import { useQbrView } from './store';

/**
 * The QBR tab: the deck's outline, the selected section's editor and its live 16:9
 * preview side by side; Present and Export PDF above. Without a deck yet, the way to
 * make one from a template.
 */
export function QbrView({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const selectedId = useQbrView((s) => s.selectedSectionId);
  const deck = workspace.deck;
  if (!deck) return <DeckCreator workspace={workspace} readOnly={readOnly} />;
  // The selection falls back to the first section (a new deck, or the selected one removed).
  const selected = deck.sections.find((s) => s.id === selectedId) ?? deck.sections[0] ?? null;
  return (
    <div className="qbr">
      <DeckToolbar workspace={workspace} readOnly={readOnly} />
      <ExportStatus />
      <RemovedSectionBar />
      <div className="qbr-columns">
        <nav className="card qbr-outline" aria-label="Deck outline">
          <h2>Sections</h2>
          <DeckSectionList sections={deck.sections} selectedId={selected?.id ?? null} readOnly={readOnly} />
          {readOnly ? null : <AddSectionForm count={deck.sections.length} />}
        </nav>
        {selected ? (
          <SectionEditor key={selected.id} section={selected} workspace={workspace} readOnly={readOnly} />
        ) : (
          <p className="empty">Add a section to start the deck.</p>
        )}
        <SlidePreview workspace={workspace} sectionId={selected?.id ?? null} />
      </div>
    </div>
  );
}
