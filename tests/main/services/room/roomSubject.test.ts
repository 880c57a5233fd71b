import { describe, expect, it } from 'vitest';
import { roomSubjectOf } from '../../../../src/main/services/room/roomSubject';
import {
  answerCheckpoint,
  createCheckpoint,
  revealCheckpoint,
} from '../../../../src/shared/domain/alignment';
import { addDepartment } from '../../../../src/shared/domain/cascade/cascadeEdits';
import {
  createTranslationCheck,
  importTranslationReplies,
  issueBallots,
} from '../../../../src/shared/domain/translation';
import type { Workspace } from '../../../../src/shared/domain/workspace';
import { phoneReplyFile, departmentSeats } from '../../../../src/shared/room/departmentRound';
import { roomWorkspace } from './roomWorkspace';

const NOW = new Date('2027-01-15T12:00:00Z');

function withCheckpoint(): Workspace {
  let w = createCheckpoint(roomWorkspace(3), { ownQuestions: ['Is the EU launch staffed?'] }, 'cp1', NOW);
  w = answerCheckpoint(w, 'cp1', 'p2', [{ questionId: 'own-1', score: 2, comment: 'Secret comment' }]);
  return w;
}

function withDepartment(anonymous: boolean): Workspace {
  let w = roomWorkspace(3);
  w = { ...w, priorities: w.priorities.map((p, i) => (i < 4 ? { ...p, status: 'committed' as const } : p)) };
  w = addDepartment(w, { id: 'ops', name: 'Operations', capacity: 10 });
  w = addDepartment(w, { id: 'hr', name: 'People', capacity: 10 });
  let checks = createTranslationCheck(
    w,
    [],
    { id: 'tc1', question: 'Rank the priorities', anonymous, leadershipRoundId: null },
    NOW,
  );
  let n = 0;
  const token = () => `secret-token-${++n}-xyz`;
  const input = { checkId: 'tc1', respondents: ['Ann', 'Bo'], count: 2 };
  checks = issueBallots(w, checks, { ...input, departmentId: 'hr' }, token, NOW).checks;
  checks = issueBallots(w, checks, { ...input, departmentId: 'ops' }, token, NOW).checks;
  return { ...w, translationChecks: checks };
}

describe('what the room link takes from a workspace for a checkpoint or a department', () => {
  it('a checkpoint: its questions, the voters and who answered, never an answer', () => {
    const room = roomSubjectOf(withCheckpoint(), { roundId: 'cp1', kind: 'checkpoint' });
    expect(room.options.checkpoint).toMatchObject({
      id: 'cp1',
      title: 'Alignment checkpoint',
      anonymous: true,
    });
    expect(room.options.checkpoint!.questions.map((q) => q.id)).toEqual([
      'same-message',
      'departments-help',
      'shared-success',
      'own-1',
    ]);
    expect(room.options.answered).toEqual(['p2']);
    expect(room.options.seats.map((s) => s.name)).toEqual(['Voter 1', 'Voter 2', 'Voter 3']);
    expect(JSON.stringify(room)).not.toMatch(/Secret comment|Secret owner/);
  });

  it('a revealed or deleted checkpoint cannot be opened, in words', () => {
    const revealed = revealCheckpoint(withCheckpoint(), 'cp1');
    expect(() => roomSubjectOf(revealed, { roundId: 'cp1', kind: 'checkpoint' })).toThrow(/revealed/);
    expect(() => roomSubjectOf(revealed, { roundId: 'gone', kind: 'checkpoint' })).toThrow(/deleted/);
  });

  it('a department: its ballots as seats by name, the check’s priorities, never a token', () => {
    const w = withDepartment(false);
    const room = roomSubjectOf(w, { roundId: 'tc1', kind: 'department', departmentId: 'ops' });
    expect(room.department).toEqual({ id: 'ops', name: 'Operations' });
    expect(room.options.seats).toEqual([
      { participantId: 'ballot-1', name: 'Ann' },
      { participantId: 'ballot-2', name: 'Bo' },
    ]);
    expect(room.options.round).toMatchObject({ id: 'tc1', question: 'Rank the priorities', method: 'order' });
    expect(room.options.round!.items.map((i) => i.id)).toEqual(['item-1', 'item-2', 'item-3', 'item-4']);
    expect(JSON.stringify(room)).not.toMatch(/secret-token|Secret owner/);
  });

  it('an anonymous department: "Respondent n" seats; a reply already counted is the seat’s ballot', () => {
    let w = withDepartment(true);
    const seat = departmentSeats(w.translationChecks[0]!, 'hr')[1]!;
    const file = phoneReplyFile(w, 'tc1', seat, ['item-4', 'item-3', 'item-2', 'item-1'], NOW);
    w = { ...w, translationChecks: importTranslationReplies(w, w.translationChecks, 'tc1', [file]).checks };
    const room = roomSubjectOf(w, { roundId: 'tc1', kind: 'department', departmentId: 'hr' });
    expect(room.options.seats.map((s) => s.name)).toEqual(['Respondent 1', 'Respondent 2']);
    expect(room.options.ballots).toEqual({
      'ballot-2': { kind: 'order', tiers: [['item-4'], ['item-3'], ['item-2'], ['item-1']] },
    });
  });

  it('a department with no ballots yet, or none chosen, is refused in words', () => {
    const w = addDepartment(withDepartment(false), { id: 'fin', name: 'Finance', capacity: 1 });
    expect(() => roomSubjectOf(w, { roundId: 'tc1', kind: 'department', departmentId: 'fin' })).toThrow(
      'Make ballots for Finance first: name who will answer.',
    );
    expect(() => roomSubjectOf(w, { roundId: 'tc1', kind: 'department' })).toThrow(/Choose the department/);
  });
});
