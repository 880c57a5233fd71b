import { describe, expect, it } from 'vitest';
import {
  answerCheckpoint,
  checkpointResultsOf,
  createCheckpoint,
  revealCheckpoint,
} from '../../../src/shared/domain/alignment';
import { cueList, deriveStage, Stage } from '../../../src/shared/domain/stage';
import { addParticipant, createWorkspace, type Workspace } from '../../../src/shared/domain/workspace';

/**
 * The checkpoint on the projector: while open, who has answered (never what) and how to
 * join; once revealed, the derived results only — no comment, no name, nothing that ties
 * an answer to a person.
 */

const NOW = new Date('2027-01-15T09:00:00Z');
const NAMES = ['Dana Whitfield', 'Ravi Menon', 'Mei Tanaka', 'Jonas Berg'];

function room(): { w: Workspace; ids: string[] } {
  let w = createWorkspace(
    { name: 'Q1 Offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind' },
    'ws',
    NOW,
  );
  NAMES.forEach((name, i) => (w = addParticipant(w, { name }, `p${i + 1}`)));
  w = createCheckpoint(w, { ownQuestions: ['Is the EU launch staffed?'] }, 'cp1', NOW);
  return { w, ids: NAMES.map((_, i) => `p${i + 1}`) };
}

const scores = [
  [4, 1, 5, 2],
  [4, 5, 5, 2],
  [5, 1, 4, null],
];

function answered(): Workspace {
  let { w } = room();
  scores.forEach((row, i) => {
    w = answerCheckpoint(
      w,
      'cp1',
      `p${i + 1}`,
      ['same-message', 'departments-help', 'shared-success', 'own-1'].map((questionId, q) => ({
        questionId,
        score: row[q] ?? null,
        comment: q === 0 ? `Secret remark by ${NAMES[i]}` : '',
      })),
    );
  });
  return w;
}

const cue = { kind: 'checkpoint', checkpointId: 'cp1' } as const;

describe('the checkpoint on the projector', () => {
  it('is in the running order after the rounds', () => {
    const labels = cueList(room().w, new Map()).map((c) => c.label);
    expect(labels).toContain('Checkpoint: Alignment checkpoint');
  });

  it('while open: who has answered, in its own words, with the room QR only while the link is on it', () => {
    const w = answered();
    const stage = deriveStage(w, cue, { date: '2027-01-15' });
    expect(stage).toEqual({
      kind: 'voteProgress',
      question: 'Alignment checkpoint',
      verb: 'answered',
      voters: NAMES.map((name, i) => ({ name, voted: i < 3 })),
    });
    const join = { url: 'http://192.168.1.20:5000/', code: 'ABC234', qrSvg: '<svg/>' };
    const joined = deriveStage(w, cue, { date: '2027-01-15', roomJoin: { ...join, roundId: 'cp1' } });
    expect(joined).toMatchObject({ kind: 'voteProgress', join });
    const elsewhere = deriveStage(w, cue, { date: '2027-01-15', roomJoin: { ...join, roundId: 'r9' } });
    expect(elsewhere).not.toHaveProperty('join');
    expect(JSON.stringify(stage)).not.toMatch(/Secret remark|"score"/);
  });

  it('once revealed: each question’s counts equal the answers, agreement in words, no comment and no name', () => {
    const w = revealCheckpoint(answered(), 'cp1');
    const stage = deriveStage(w, cue, { date: '2027-01-15' });
    expect(Stage.parse(stage)).toEqual(stage);
    if (stage.kind !== 'checkpointResults') throw new Error(`expected results, got ${stage.kind}`);
    const byWording = new Map(stage.questions.map((q) => [q.wording, q]));
    expect(byWording.get('Are we telling our teams the same thing?')).toMatchObject({
      counts: [0, 0, 0, 2, 1],
      n: 3,
      label: 'Aligned',
    });
    expect(byWording.get('Do our departments help each other, or pull apart?')).toMatchObject({
      counts: [2, 0, 0, 0, 1],
      n: 3,
      label: 'Split',
      reading: 'Split: 2 of 3 answered 1–2 and 1 answered 4–5.',
    });
    expect(byWording.get('Is the EU launch staffed?')).toMatchObject({ counts: [0, 2, 0, 0, 0], n: 2 });
    // The same order and figures as the laptop's results screen.
    expect(stage.questions.map((q) => q.wording)).toEqual(
      checkpointResultsOf(w.checkpoints[0]!).map((r) => r.wording),
    );
    const text = JSON.stringify(stage);
    expect(text).not.toMatch(/Secret remark/);
    for (const name of NAMES) expect(text).not.toContain(name);
    for (const id of ['p1', 'p2', 'p3']) expect(text).not.toContain(`"${id}"`);
  });

  it('a deleted checkpoint falls back to the title card', () => {
    const { w } = room();
    expect(deriveStage({ ...w, checkpoints: [] }, cue, { date: '2027-01-15' }).kind).toBe('title');
  });
});
