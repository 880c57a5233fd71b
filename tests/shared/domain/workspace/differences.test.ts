import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  createWorkspace,
  describeDifferences,
  updateParticipant,
} from '../../../../src/shared/domain/workspace';

const base = addParticipant(
  createWorkspace(
    { name: 'Offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Acme' },
    'w',
    new Date(0),
  ),
  { name: 'Dana' },
  'dana',
);

describe('describeDifferences', () => {
  it('says nothing for identical versions', () => {
    expect(describeDifferences(base, base)).toEqual([]);
  });

  it('names changed fields and who has which people', () => {
    const mine = addParticipant({ ...base, period: '2027-Q2' }, { name: 'Ravi' }, 'ravi');
    const theirs = updateParticipant(addParticipant(base, { name: 'Lena' }, 'lena'), 'dana', {
      name: 'Dana W.',
    });
    expect(describeDifferences(mine, theirs)).toEqual([
      'Period: yours “2027-Q2”, theirs “2027-Q1”.',
      'Changed in both: participant “Dana” (theirs: “Dana W.”).',
      'Only in yours: participant “Ravi”.',
      'Only in theirs: participant “Lena”.',
    ]);
  });
});
