import { LIMITS, type Workspace } from '../workspace';
import { DomainError } from '../domainError';
import type { Cue } from './cues';

/** What a cue's notes are filed under: its round, checkpoint or deck section, or the title, the timer or the board. */
export function notesKey(cue: Cue): string {
  switch (cue.kind) {
    case 'title':
      return 'title';
    case 'timer':
      return 'timer';
    case 'board':
      return 'board';
    case 'round':
      return cue.roundId;
    case 'checkpoint':
      return cue.checkpointId;
    case 'slide':
      return cue.sectionId;
  }
}

export function speakerNote(w: Workspace, cue: Cue): string {
  return w.speakerNotes[notesKey(cue)] ?? '';
}

/** Writes (or, when emptied, removes) the notes of one cue; unchanged text changes nothing. */
export function setSpeakerNote(w: Workspace, cue: Cue, text: string): Workspace {
  const key = notesKey(cue);
  if (text.length > LIMITS.longText) {
    throw new DomainError(
      'NOTE_TOO_LONG',
      `Speaker notes can be at most ${LIMITS.longText} characters (these have ${text.length}).`,
    );
  }
  const current = w.speakerNotes[key] ?? '';
  if (current === text) return w;
  const { [key]: _old, ...rest } = w.speakerNotes;
  if (text.trim().length === 0) return { ...w, speakerNotes: rest };
  if (!(key in w.speakerNotes) && Object.keys(w.speakerNotes).length >= LIMITS.speakerNotes) {
    throw new DomainError(
      'TOO_MANY_NOTES',
      `A workspace holds at most ${LIMITS.speakerNotes} speaker notes.`,
    );
  }
  return { ...w, speakerNotes: { ...rest, [key]: text } };
}
