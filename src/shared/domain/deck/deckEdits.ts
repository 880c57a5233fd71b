import {
  DECK_LIMITS,
  type CommitmentRow,
  type Deck,
  type DeckSection,
  type KpiRow,
} from '../workspace/deckSchema';
import type { Workspace } from '../workspace/schema';

/**
 * Edits to a workspace's QBR deck as pure functions. Each returns a new deck and leaves
 * its input untouched; an edit that changes nothing (an unknown id, a move to the same
 * place, a full list) returns the very same deck, so the workspace's undo history does
 * not fill up with no-ops.
 */

/** Applies `change` to the workspace's deck; the same workspace back when there is no deck or no change. */
export function editDeck(w: Workspace, change: (deck: Deck) => Deck): Workspace {
  if (!w.deck) return w;
  const deck = change(w.deck);
  return deck === w.deck ? w : { ...w, deck };
}

export function setConfidential(deck: Deck, confidential: boolean): Deck {
  return deck.confidential === confidential ? deck : { ...deck, confidential };
}

/** Puts `section` at `index` (default: the end); a full deck stays as it is. */
export function insertSection(deck: Deck, section: DeckSection, index = deck.sections.length): Deck {
  if (deck.sections.length >= DECK_LIMITS.sections) return deck;
  if (deck.sections.some((s) => s.id === section.id)) return deck;
  const sections = [...deck.sections];
  sections.splice(clamp(index, 0, sections.length), 0, section);
  return { ...deck, sections };
}

/** The deck without the section, and where it was (so Undo can put it back in its place). */
export function removeSection(
  deck: Deck,
  id: string,
): { deck: Deck; removed: { section: DeckSection; index: number } | null } {
  const index = deck.sections.findIndex((s) => s.id === id);
  if (index < 0) return { deck, removed: null };
  return {
    deck: { ...deck, sections: deck.sections.filter((s) => s.id !== id) },
    removed: { section: deck.sections[index]!, index },
  };
}

/** Moves the section at `from` to `to` (positions clamped into the list). */
export function moveSection(deck: Deck, from: number, to: number): Deck {
  const last = deck.sections.length - 1;
  if (from < 0 || from > last) return deck;
  const target = clamp(to, 0, last);
  if (target === from) return deck;
  const sections = [...deck.sections];
  sections.splice(target, 0, sections.splice(from, 1)[0]!);
  return { ...deck, sections };
}

/** What every section type shares and the editor may change; the type itself never changes here. */
type CommonChange = Partial<Pick<DeckSection, 'title' | 'markdown'>>;
export type SectionChange = CommonChange & { subtitle?: string; roundId?: string | null };

/**
 * Changes a section's fields. Fields the section's type does not have (a subtitle on a
 * text section, a round on a KPI table) are ignored, so the result always fits the schema.
 */
export function updateSection(deck: Deck, id: string, change: SectionChange): Deck {
  return mapSection(deck, id, (section) => {
    const next: Record<string, unknown> = { ...section };
    let changed = false;
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined || !(key in section)) continue;
      if (next[key] !== value) changed = true;
      next[key] = value;
    }
    return changed ? (next as DeckSection) : section;
  });
}

/** The sections that hold a table of rows the facilitator types in, and the row each holds. */
type RowsSection = Extract<DeckSection, { rows: unknown }>;
export type RowsSectionType = RowsSection['type'];
export type RowOf<T extends RowsSectionType> = Extract<RowsSection, { type: T }>['rows'][number];

/** Appends a row to a table section of `type`; a full table or a row id already there leaves it as it is. */
export function addRow<T extends RowsSectionType>(
  deck: Deck,
  sectionId: string,
  type: T,
  row: RowOf<T>,
): Deck {
  return changeRows(deck, sectionId, type, (rows) =>
    rows.length >= DECK_LIMITS.rows || rows.some((r) => r.id === row.id) ? rows : [...rows, row],
  );
}

export function updateRow<T extends RowsSectionType>(
  deck: Deck,
  sectionId: string,
  type: T,
  rowId: string,
  change: Partial<Omit<RowOf<T>, 'id'>>,
): Deck {
  return changeRows(deck, sectionId, type, (rows) => patchRow(rows, rowId, change));
}

export function removeRow<T extends RowsSectionType>(
  deck: Deck,
  sectionId: string,
  type: T,
  rowId: string,
): Deck {
  return changeRows(deck, sectionId, type, (rows) => dropRow(rows, rowId));
}

export const addKpiRow = (deck: Deck, sectionId: string, row: KpiRow): Deck =>
  addRow(deck, sectionId, 'kpi-scorecard', row);
export const updateKpiRow = (
  deck: Deck,
  sectionId: string,
  rowId: string,
  change: Partial<Omit<KpiRow, 'id'>>,
) => updateRow(deck, sectionId, 'kpi-scorecard', rowId, change);
export const removeKpiRow = (deck: Deck, sectionId: string, rowId: string): Deck =>
  removeRow(deck, sectionId, 'kpi-scorecard', rowId);

export const addCommitmentRow = (deck: Deck, sectionId: string, row: CommitmentRow): Deck =>
  addRow(deck, sectionId, 'commitments-review', row);
export const updateCommitmentRow = (
  deck: Deck,
  sectionId: string,
  rowId: string,
  change: Partial<Omit<CommitmentRow, 'id'>>,
): Deck => updateRow(deck, sectionId, 'commitments-review', rowId, change);
export const removeCommitmentRow = (deck: Deck, sectionId: string, rowId: string): Deck =>
  removeRow(deck, sectionId, 'commitments-review', rowId);

/** A KPI row as a new one starts: blank, higher is better. */
export function blankKpiRow(id: string): KpiRow {
  return { id, metric: '', unit: '', target: null, actual: null, prior: null, better: 'higher', comment: '' };
}

/** A commitment as a new one starts: not graded yet. */
export function blankCommitmentRow(id: string): CommitmentRow {
  return { id, commitment: '', owner: '', grade: 'ungraded', comment: '' };
}

function mapSection(deck: Deck, id: string, change: (s: DeckSection) => DeckSection): Deck {
  const index = deck.sections.findIndex((s) => s.id === id);
  if (index < 0) return deck;
  const section = deck.sections[index]!;
  const next = change(section);
  if (next === section) return deck;
  const sections = [...deck.sections];
  sections[index] = next;
  return { ...deck, sections };
}

function changeRows<T extends RowsSection['type']>(
  deck: Deck,
  sectionId: string,
  type: T,
  change: (rows: RowOf<T>[]) => RowOf<T>[],
): Deck {
  return mapSection(deck, sectionId, (section) => {
    if (section.type !== type) return section;
    const rows = section.rows as RowOf<T>[];
    const next = change(rows);
    return next === rows ? section : ({ ...section, rows: next } as DeckSection);
  });
}

function patchRow<R extends { id: string }>(rows: R[], rowId: string, change: Partial<Omit<R, 'id'>>): R[] {
  const index = rows.findIndex((r) => r.id === rowId);
  if (index < 0) return rows;
  const row = rows[index]!;
  const changed = Object.entries(change).some(
    ([key, value]) => value !== undefined && row[key as keyof R] !== value,
  );
  if (!changed) return rows;
  const next = [...rows];
  const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
  next[index] = { ...row, ...defined, id: row.id };
  return next;
}

function dropRow<R extends { id: string }>(rows: R[], rowId: string): R[] {
  return rows.some((r) => r.id === rowId) ? rows.filter((r) => r.id !== rowId) : rows;
}

function clamp(n: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, n));
}
