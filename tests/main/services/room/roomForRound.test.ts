import { describe, expect, it } from 'vitest';
import { roomForRound } from '../../../../src/main/services/room';
import { castBallot, revealRound } from '../../../../src/shared/domain/rounds';
import { orderBallot } from './phoneClient';
import { roomWorkspace } from './roomWorkspace';

const ITEMS = Array.from({ length: 12 }, (_, i) => `item-${i + 1}`);
const NOW = new Date('2027-01-15T12:00:00Z');

describe('what the room link takes from a workspace', () => {
  it('the newest open round: its question, settings and item titles, the voters, their ballots', () => {
    const w = castBallot(roomWorkspace(3), 'round-new', 'p2', orderBallot(ITEMS, 1), NOW);
    const room = roomForRound(w);
    expect(room.round).toEqual({
      id: 'round-new',
      question: 'What matters most next quarter?',
      method: 'order',
      items: ITEMS.map((id, i) => ({ id, title: `Priority ${i + 1}` })),
      budget: 100,
      dots: 4,
      ahpStrength: false,
    });
    expect(room.seats).toEqual([
      { participantId: 'p1', name: 'Voter 1' },
      { participantId: 'p2', name: 'Voter 2' },
      { participantId: 'p3', name: 'Voter 3' },
    ]);
    expect(room.ballots).toEqual({ p2: orderBallot(ITEMS, 1) });
    // Owners, descriptions, scores and the other round stay on the laptop.
    expect(JSON.stringify(room)).not.toMatch(/Secret owner|An earlier question|impact/);
  });

  it('a named round; a revealed or unknown round is refused in a sentence', () => {
    const w = roomWorkspace(2);
    expect(roomForRound(w, 'round-old').round.question).toBe('An earlier question');
    expect(() => roomForRound(w, 'nope')).toThrow('There is no round "nope".');
    const revealed = revealRound(
      castBallot(w, 'round-old', 'p1', orderBallot(ITEMS, 1), NOW),
      'round-old',
      NOW,
    );
    expect(() => roomForRound(revealed, 'round-old')).toThrow(/has been revealed/);
    const none = revealRound(
      castBallot(revealed, 'round-new', 'p1', orderBallot(ITEMS, 1), NOW),
      'round-new',
      NOW,
    );
    expect(() => roomForRound(none)).toThrow('This workspace has no open round to vote on.');
  });
});
