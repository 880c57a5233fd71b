import { createDeck, newSection } from '../../../../shared/domain/deck';
import {
  addCommitmentRow,
  addKpiRow,
  blankCommitmentRow,
  blankKpiRow,
  editDeck,
  insertSection,
  moveSection,
  removeCommitmentRow,
  removeKpiRow,
  removeSection,
  setConfidential,
  updateCommitmentRow,
  updateKpiRow,
  updateSection,
  type SectionChange,
} from '../../../../shared/domain/deck/deckEdits';
import type { Template } from '../../../../shared/domain/templates';
import type {
  CommitmentRow,
  Deck,
  DeckSectionType,
  KpiRow,
  Workspace,
} from '../../../../shared/domain/workspace';
import { getQbrView, setQbrView } from './store';
import { useDocument, documentActions } from '../../document';

const newId = () => crypto.randomUUID();

/** Every deck edit goes through the workspace, so it autosaves and undoes like any other. */
function change(edit: (deck: Deck, workspace: Workspace) => Deck): void {
  documentActions.edit((w) => editDeck(w, (deck) => edit(deck, w)));
}

const currentDeck = (): Deck | null => useDocument.getState().current?.workspace.deck ?? null;

/** The user's edits to the deck, and what the QBR screen shows. */
export const deckActions = {
  /** Makes the deck from a template (or the default QBR order); an existing deck is kept. */
  create: (template: Template | null): void => {
    documentActions.edit((w) => (w.deck ? w : { ...w, deck: createDeck(template, w, newId) }));
    setQbrView({ selectedSectionId: currentDeck()?.sections[0]?.id ?? null, removed: null });
  },

  select: (sectionId: string): void => setQbrView({ selectedSectionId: sectionId }),

  /** Adds a section of `type` after the selected one (at the end when none is) and opens it. */
  addSection: (type: DeckSectionType): void => {
    const id = newId();
    const selected = getQbrView().selectedSectionId;
    change((deck, w) => {
      const at = deck.sections.findIndex((s) => s.id === selected);
      return insertSection(deck, newSection(type, w, id), at < 0 ? deck.sections.length : at + 1);
    });
    if (currentDeck()?.sections.some((s) => s.id === id)) setQbrView({ selectedSectionId: id });
  },

  /** Removes a section; the undo bar offers it back in its place. */
  removeSection: (sectionId: string): void => {
    const before = currentDeck();
    if (!before) return;
    const { removed } = removeSection(before, sectionId);
    if (!removed) return;
    change((deck) => removeSection(deck, sectionId).deck);
    const remaining = currentDeck()?.sections ?? [];
    const neighbour = remaining[Math.min(removed.index, remaining.length - 1)];
    setQbrView((s) => ({
      removed,
      selectedSectionId: s.selectedSectionId === sectionId ? (neighbour?.id ?? null) : s.selectedSectionId,
    }));
  },

  undoRemove: (): void => {
    const removed = getQbrView().removed;
    if (!removed) return;
    change((deck) => insertSection(deck, removed.section, removed.index));
    setQbrView({ removed: null, selectedSectionId: removed.section.id });
  },

  dismissRemoved: (): void => setQbrView({ removed: null }),

  move: (from: number, to: number): void => change((deck) => moveSection(deck, from, to)),

  update: (sectionId: string, edit: SectionChange): void =>
    change((deck) => updateSection(deck, sectionId, edit)),

  addKpiRow: (sectionId: string): void => change((deck) => addKpiRow(deck, sectionId, blankKpiRow(newId()))),
  updateKpiRow: (sectionId: string, rowId: string, edit: Partial<Omit<KpiRow, 'id'>>): void =>
    change((deck) => updateKpiRow(deck, sectionId, rowId, edit)),
  removeKpiRow: (sectionId: string, rowId: string): void =>
    change((deck) => removeKpiRow(deck, sectionId, rowId)),

  addCommitment: (sectionId: string): void =>
    change((deck) => addCommitmentRow(deck, sectionId, blankCommitmentRow(newId()))),
  updateCommitment: (sectionId: string, rowId: string, edit: Partial<Omit<CommitmentRow, 'id'>>): void =>
    change((deck) => updateCommitmentRow(deck, sectionId, rowId, edit)),
  removeCommitment: (sectionId: string, rowId: string): void =>
    change((deck) => removeCommitmentRow(deck, sectionId, rowId)),

  setConfidential: (confidential: boolean): void => change((deck) => setConfidential(deck, confidential)),

  /** Plays the deck full screen from `slide` (counted from 0). */
  present: (slide = 0): void => setQbrView({ presenting: true, slide: Math.max(0, slide) }),
  stopPresenting: (): void => setQbrView({ presenting: false }),
  /** Moves to slide `n`, kept within the deck's `total` slides. */
  goTo: (n: number, total: number): void => setQbrView({ slide: Math.max(0, Math.min(total - 1, n)) }),
};
