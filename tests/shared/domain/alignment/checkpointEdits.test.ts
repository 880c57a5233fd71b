import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerCheckpoint,
  checkpointResults,
  checkpointResultsOf,
  createCheckpoint,
  deleteCheckpoint,
  latestCheckpointResults,
  revealCheckpoint,
  type GivenAnswer,
} from '../../../../src/shared/domain/alignment';
import {
  createWorkspace,
  decodeWorkspace,
  encodeWorkspace,
  type Participant,
  type Workspace,
  workspaceProblem,
} from '../../../../src/shared/domain/workspace';

const NOW = new Date('2026-12-06T09:00:00.000Z');
const NAMES = ['Dana Whitfield', 'Сергей Иванов', '李明', 'Aiko Tanaka', 'Priya Nair', 'Omar Haddad'];

function team(n = NAMES.length): Workspace {
  const w = createWorkspace(
    { name: 'Offsite', kind: 'offsite', period: '2027-Q1', organisation: '' },
    'ws-1',
    NOW,
  );
  const participants: Participant[] = NAMES.slice(0, n).map((name, i) => ({
    id: `person-${i + 1}`,
    name,
    role: '',
    department: '',
    colour: '#0072b2',
    isFacilitator: false,
    votes: true,
  }));
  return { ...w, participants };
}

const open = (w: Workspace, spec: Parameters<typeof createCheckpoint>[1] = {}) =>
  createCheckpoint(w, spec, 'cp-1', NOW);
const all = (score: number | null, comment = ''): GivenAnswer[] =>
  ['same-message', 'departments-help', 'shared-success'].map((questionId) => ({
    questionId,
    score,
    comment,
  }));
const refusal = (edit: () => unknown) => {
  try {
    edit();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('The edit was not refused.');
};

describe('creating a checkpoint', () => {
  it('asks the three built-in questions, then the facilitator’s own, anonymous unless told', () => {
    const w = open(team(), { ownQuestions: ['  Will the EU launch get its engineers?  ', ''] });
    const [c] = w.checkpoints;
    expect(c!.questions.map((q) => q.id)).toEqual([
      'same-message',
      'departments-help',
      'shared-success',
      'own-1',
    ]);
    expect(c!.questions[3]!.wording).toBe('Will the EU launch get its engineers?');
    expect(c).toMatchObject({ title: 'Alignment checkpoint', status: 'open', anonymous: true, answers: [] });
  });

  it('refuses a fourth own question, one over 200 characters and one already asked', () => {
    expect(refusal(() => open(team(), { ownQuestions: ['a', 'b', 'c', 'd'] }))).toBe(
      'Add at most 3 questions of your own.',
    );
    expect(refusal(() => open(team(), { ownQuestions: ['x'.repeat(201)] }))).toMatch(/200 characters/);
    expect(
      refusal(() => open(team(), { ownQuestions: ['are we telling our teams the same thing?'] })),
    ).toMatch(/already asked/);
  });
});

describe('answering a checkpoint', () => {
  it('refuses a second answer, a score outside 1–5, an unknown question and a revealed checkpoint', () => {
    const w = answerCheckpoint(open(team()), 'cp-1', 'person-1', all(4));
    expect(refusal(() => answerCheckpoint(w, 'cp-1', 'person-1', all(2)))).toBe(
      'Dana Whitfield has already answered: each person answers once.',
    );
    expect(refusal(() => answerCheckpoint(w, 'cp-1', 'person-2', all(6)))).toBe(
      'Pick a score from 1 (Not at all) to 5 (Completely).',
    );
    expect(refusal(() => answerCheckpoint(w, 'cp-1', 'person-2', all(2.5)))).toMatch(/Pick a score/);
    expect(refusal(() => answerCheckpoint(w, 'cp-1', 'person-2', [{ questionId: 'nope', score: 3 }]))).toBe(
      'One answer is for a question this checkpoint does not ask.',
    );
    const revealed = revealCheckpoint(w, 'cp-1');
    expect(refusal(() => answerCheckpoint(revealed, 'cp-1', 'person-2', all(3)))).toBe(
      'This checkpoint has been revealed: answers are closed.',
    );
    expect(refusal(() => answerCheckpoint(w, 'cp-1', 'person-2', all(null)))).toMatch(
      /at least one question/,
    );
    expect(refusal(() => answerCheckpoint(w, 'cp-1', 'stranger', all(3)))).toMatch(/not a participant/);
  });

  it('keeps a comment without a score and drops a question left blank', () => {
    const w = answerCheckpoint(open(team()), 'cp-1', 'person-1', [
      { questionId: 'same-message', score: null, comment: ' Not sure yet ' },
      { questionId: 'departments-help', score: null, comment: '' },
      { questionId: 'shared-success', score: 2 },
    ]);
    expect(w.checkpoints[0]!.answers).toEqual([
      { questionId: 'same-message', score: null, comment: 'Not sure yet' },
      { questionId: 'shared-success', score: 2, comment: '' },
    ]);
  });

  it('stores the person with each answer only in a named checkpoint', () => {
    const w = answerCheckpoint(open(team(), { anonymous: false }), 'cp-1', 'person-2', all(3));
    expect(w.checkpoints[0]!.answers.every((a) => a.participantId === 'person-2')).toBe(true);
    expect(decodeWorkspace(encodeWorkspace(w)).ok).toBe(true);
  });

  it('reveals only once someone answered, and results are derived from the stored answers', () => {
    expect(refusal(() => revealCheckpoint(open(team()), 'cp-1'))).toMatch(/Nobody has answered yet/);
    let w = open(team());
    [5, 4, 4, 1].forEach((score, i) => {
      w = answerCheckpoint(w, 'cp-1', `person-${i + 1}`, all(score, `comment ${i}`));
    });
    const results = checkpointResultsOf(revealCheckpoint(w, 'cp-1').checkpoints[0]!);
    expect(results[0]!.counts).toEqual([1, 0, 0, 2, 1]);
    expect(results[0]!.n).toBe(4);
    expect(deleteCheckpoint(w, 'cp-1').checkpoints).toEqual([]);
  });

  it('gives a quarter summary the last revealed checkpoint’s results, and none while all are open', () => {
    let w = answerCheckpoint(open(team()), 'cp-1', 'person-1', all(2));
    expect(latestCheckpointResults(w)).toBeNull();
    w = revealCheckpoint(w, 'cp-1');
    w = answerCheckpoint(createCheckpoint(w, {}, 'cp-2', NOW), 'cp-2', 'person-1', all(5));
    // cp-2 is newer but still open: the figures are cp-1's.
    expect(latestCheckpointResults(w)?.[0]?.counts).toEqual([0, 1, 0, 0, 0]);
  });
});

/** One person's answers: a score (or none) and a comment per built-in question. */
const personAnswers = fc.array(
  fc.record({
    score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    comment: fc.constantFrom('', 'Sales hears another story', 'We agree', 'Ask Finance'),
  }),
  { minLength: 3, maxLength: 3 },
);

function answerInOrder(
  order: readonly number[],
  given: ReadonlyArray<ReturnType<typeof asGiven>>,
): Workspace {
  let w = open(team());
  for (const i of order) w = answerCheckpoint(w, 'cp-1', `person-${i + 1}`, given[i]!);
  return w;
}

function asGiven(list: ReadonlyArray<{ score: number | null; comment: string }>): GivenAnswer[] {
  const ids = ['same-message', 'departments-help', 'shared-success'];
  // Everyone scores the first question, so every person has something to hand in.
  return list.map((a, q) => ({
    questionId: ids[q]!,
    score: q === 0 ? (a.score ?? 3) : a.score,
    comment: a.comment,
  }));
}

describe('anonymity of the saved file', () => {
  it('refuses to save an anonymous answer that names its person, saying which checkpoint', () => {
    const w = answerCheckpoint(open(team()), 'cp-1', 'person-1', all(3));
    const doc = JSON.parse(encodeWorkspace(w)) as { checkpoints: Array<{ answers: object[] }> };
    doc.checkpoints[0]!.answers[0] = { ...doc.checkpoints[0]!.answers[0], participantId: 'person-1' };
    expect(workspaceProblem(doc)).toMatch(
      /^Checkpoint 1, “Alignment checkpoint” .*anonymous, yet an answer names who gave it/,
    );
  });

  it('holds no participant id or name near any answer, whatever the answers', () => {
    fc.assert(
      fc.property(fc.array(personAnswers, { minLength: 2, maxLength: NAMES.length }), (people) => {
        const given = people.map(asGiven);
        const w = answerInOrder(
          given.map((_, i) => i),
          given,
        );
        const saved = JSON.parse(encodeWorkspace(w)) as { checkpoints: Array<{ answers: unknown[] }> };
        const answersJson = JSON.stringify(saved.checkpoints[0]!.answers);
        for (const p of w.participants) {
          expect(answersJson).not.toContain(p.id);
          expect(answersJson).not.toContain(p.name);
        }
        for (const answer of saved.checkpoints[0]!.answers)
          expect(Object.keys(answer as object).sort()).toEqual(['comment', 'questionId', 'score']);
      }),
      { numRuns: 60 },
    );
  });

  it('saves the same file whatever order people answered in', () => {
    fc.assert(
      fc.property(
        fc.array(personAnswers, { minLength: 2, maxLength: NAMES.length }).chain((people) =>
          fc.tuple(
            fc.constant(people.map(asGiven)),
            fc.shuffledSubarray(
              people.map((_, i) => i),
              { minLength: people.length },
            ),
          ),
        ),
        ([given, shuffled]) => {
          const inOrder = answerInOrder(
            given.map((_, i) => i),
            given,
          );
          const reordered = answerInOrder(shuffled, given);
          // Byte for byte: nothing in the file can tell who answered first, so nothing
          // joins an answer to the person whose turn it was.
          expect(encodeWorkspace(reordered)).toBe(encodeWorkspace(inOrder));
          // And the results are those of the answers alone.
          const flat = given.flat().filter((a) => a.score !== null || (a.comment ?? '') !== '');
          expect(checkpointResultsOf(reordered.checkpoints[0]!)).toEqual(
            checkpointResults(
              reordered.checkpoints[0]!.questions,
              flat.map((a) => ({ questionId: a.questionId, score: a.score, comment: a.comment ?? '' })),
            ),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
