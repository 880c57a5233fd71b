import type { BallotContent } from '../shared/domain/workspace';

/**
 * The ballot being edited, kept in the tab (sessionStorage) after every change, so a reload
 * after the phone slept, or a browser that dropped the page in the background, finds it as
 * it was. It is read back loosely: the laptop checks whatever is sent.
 */
const keyOf = (roundId: string, participantId: string) => `offsite.room.draft.${roundId}.${participantId}`;

export function saveDraft(roundId: string, participantId: string, content: BallotContent): void {
  try {
    sessionStorage.setItem(keyOf(roundId, participantId), JSON.stringify(content));
  } catch {
    // Storage full or off: the draft lives in the page until it is reloaded.
  }
}

export function loadDraft(roundId: string, participantId: string): BallotContent | null {
  try {
    const raw = sessionStorage.getItem(keyOf(roundId, participantId));
    const value: unknown = raw ? JSON.parse(raw) : null;
    return typeof value === 'object' && value !== null && 'kind' in value ? (value as BallotContent) : null;
  } catch {
    return null;
  }
}
