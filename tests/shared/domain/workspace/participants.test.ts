import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  createWorkspace,
  moveParticipant,
  PARTICIPANT_COLOURS,
  participantDraftProblem,
  participantNamed,
  removeParticipant,
  suggestPeriod,
  updateParticipant,
  Workspace,
} from '../../../../src/shared/domain/workspace';

const empty = () =>
  createWorkspace(
    { name: ' Offsite ', kind: 'offsite', period: ' 2027-Q1 ', organisation: 'Acme' },
    'w',
    new Date('2026-11-21T00:00:00Z'),
  );

describe('participants', () => {
  it('adds people with distinct colour-blind-safe colours; the facilitator does not vote by default', () => {
    let w = empty();
    expect(w.name).toBe('Offsite');
    w = addParticipant(w, { name: ' Dana ', role: 'CEO' }, 'a');
    w = addParticipant(w, { name: 'Sam', isFacilitator: true }, 'b');
    expect(w.participants).toEqual([
      {
        id: 'a',
        name: 'Dana',
        role: 'CEO',
        department: '',
        colour: PARTICIPANT_COLOURS[0],
        isFacilitator: false,
        votes: true,
      },
      {
        id: 'b',
        name: 'Sam',
        role: '',
        department: '',
        colour: PARTICIPANT_COLOURS[1],
        isFacilitator: true,
        votes: false,
      },
    ]);
    expect(Workspace.safeParse(w).success).toBe(true);
    expect(() => addParticipant(w, { name: '  ' }, 'c')).toThrow(/needs a name/);
  });

  it('making someone facilitator stops their vote unless asked to vote', () => {
    let w = addParticipant(empty(), { name: 'Dana' }, 'a');
    w = updateParticipant(w, 'a', { isFacilitator: true });
    expect(w.participants[0]).toMatchObject({ isFacilitator: true, votes: false });
    w = updateParticipant(w, 'a', { votes: true });
    expect(w.participants[0]).toMatchObject({ isFacilitator: true, votes: true });
    w = updateParticipant(w, 'a', { isFacilitator: false });
    expect(w.participants[0]).toMatchObject({ isFacilitator: false, votes: true });
  });

  it('moving and removing keep everyone else in order', () => {
    const names = ['A', 'B', 'C', 'D'];
    const w = names.reduce((acc, n) => addParticipant(acc, { name: n }, n), empty());
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.integer({ min: -5, max: 5 }), (id, delta) => {
        const moved = moveParticipant(w, id, delta).participants.map((p) => p.id);
        expect([...moved].sort()).toEqual(names);
        const from = names.indexOf(id);
        expect(moved.indexOf(id)).toBe(Math.max(0, Math.min(3, from + delta)));
        expect(moved.filter((x) => x !== id)).toEqual(names.filter((x) => x !== id));
      }),
    );
    expect(removeParticipant(w, 'B').participants.map((p) => p.id)).toEqual(['A', 'C', 'D']);
  });

  it('suggests the next quarter as the period being prepared', () => {
    expect(suggestPeriod(new Date('2026-11-21T00:00:00Z'))).toBe('2027-Q1');
    expect(suggestPeriod(new Date('2027-02-01T00:00:00Z'))).toBe('2027-Q2');
    expect(suggestPeriod(new Date('2027-09-30T00:00:00Z'))).toBe('2027-Q4');
  });

  it('points out a name already on the list, whatever its case or spacing', () => {
    const w = addParticipant(addParticipant(empty(), { name: 'Dana Whitfield' }, 'a'), { name: 'Ravi' }, 'b');
    expect(participantNamed(w, '  dana   WHITFIELD ')?.id).toBe('a');
    expect(participantNamed(w, 'Dana')).toBeNull();
    // Renaming someone to their own name is no duplicate.
    expect(participantNamed(w, 'Dana Whitfield', 'a')).toBeNull();
  });

  it('says why a person cannot be added as typed', () => {
    const w = empty();
    expect(participantDraftProblem(w, { name: 'Dana', role: 'CEO' })).toBeNull();
    expect(participantDraftProblem(w, { name: '   ' })).toBe('The name is empty.');
    expect(participantDraftProblem(w, { name: 'Dana', role: 'r'.repeat(130) })).toBe(
      'The role is 130 characters; at most 120.',
    );
  });
});
