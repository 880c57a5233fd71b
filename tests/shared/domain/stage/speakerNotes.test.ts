import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../../src/shared/domain/domainError';
import { setSpeakerNote, speakerNote } from '../../../../src/shared/domain/stage';
import { LIMITS, Workspace } from '../../../../src/shared/domain/workspace';
import { qbrWorkspace } from '../../../support/qbrWorkspace';

describe('speaker notes', () => {
  const w = qbrWorkspace();
  const round = { kind: 'round', roundId: w.rounds[0]!.id } as const;

  it('files notes under the round or section they are about, and keeps the workspace valid', () => {
    const noted = setSpeakerNote(w, round, 'Ask Dana to open: she owns the EU launch.');
    expect(speakerNote(noted, round)).toBe('Ask Dana to open: she owns the EU launch.');
    expect(speakerNote(noted, { kind: 'title' })).toBe('');
    expect(Workspace.safeParse(noted).success).toBe(true);
  });

  it('removes a note when it is emptied, and changes nothing when the text is the same', () => {
    const noted = setSpeakerNote(w, round, 'x');
    expect(setSpeakerNote(noted, round, 'x')).toBe(noted);
    expect(setSpeakerNote(noted, round, '   ').speakerNotes).toEqual({});
  });

  it('refuses notes longer than the limit, saying how long they are, and changes nothing', () => {
    const text = 'a'.repeat(LIMITS.longText + 1);
    let error: unknown;
    try {
      setSpeakerNote(w, round, text);
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error)).toBe(true);
    expect((error as Error).message).toBe(
      `Speaker notes can be at most ${LIMITS.longText} characters (these have ${text.length}).`,
    );
  });
});
