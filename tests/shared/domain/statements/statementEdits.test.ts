import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newPriority } from '../../../../src/shared/domain/priorities/priorityOps';
import { setFocus } from '../../../../src/shared/domain/rounds/roundOps';
import {
  agreeMessages,
  agreeSuccess,
  createStatementCheck,
  deleteStatementCheck,
  revealStatementCheck,
  writeMessages,
  writeSuccess,
  type NewStatementCheck,
} from '../../../../src/shared/domain/statements';
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
  const priorities = [
    newPriority({ title: 'EU launch' }, 'p-eu'),
    newPriority({ title: 'Churn' }, 'p-churn'),
  ];
  return { ...w, participants, priorities };
}

const withFocus = (w = team()) => setFocus(w, 'p-eu');
const open = (w: Workspace, spec: NewStatementCheck) => createStatementCheck(w, spec, 'sc-1', NOW);
const refusal = (edit: () => unknown) => {
  try {
    edit();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('The edit was not refused.');
};
const check = (w: Workspace) => w.statementChecks[0]!;

describe('opening a written check', () => {
  it('opens a named same-message check by default, and saves as a valid workspace', () => {
    const w = open(team(), { kind: 'messages' });
    expect(check(w)).toMatchObject({
      kind: 'messages',
      title: 'Same message',
      anonymous: false,
      status: 'open',
    });
    expect(workspaceProblem(w)).toBeNull();
  });

  it('opens a success check for the focus, titled with it', () => {
    const w = open(withFocus(), { kind: 'success' });
    expect(check(w)).toMatchObject({ kind: 'success', priorityId: 'p-eu', title: 'Success: EU launch' });
  });

  it('refuses a success check in words when there is no focus, or the priority is not committed', () => {
    expect(refusal(() => open(team(), { kind: 'success' }))).toMatch(/^There is no focus yet/);
    expect(refusal(() => open(withFocus(), { kind: 'success', priorityId: 'p-churn' }))).toBe(
      'Success is defined for the focus or a committed priority.',
    );
    expect(refusal(() => open(withFocus(), { kind: 'success', priorityId: 'gone' }))).toBe(
      'That priority no longer exists.',
    );
  });
});

describe('writing in private', () => {
  it('trims, leaves blank boxes out, and refuses a second draft from the same person', () => {
    let w = open(team(), { kind: 'messages' });
    w = writeMessages(w, 'sc-1', 'person-1', ['  Customers first  ', '', '   ']);
    expect(check(w).drafts).toEqual([{ messages: ['Customers first'], participantId: 'person-1' }]);
    expect(refusal(() => writeMessages(w, 'sc-1', 'person-1', ['Again']))).toBe(
      'Dana Whitfield has already written: each person writes once.',
    );
  });

  it("refuses empty and over-long drafts with the schema's words, changing nothing", () => {
    const w = open(withFocus(), { kind: 'messages' });
    expect(refusal(() => writeMessages(w, 'sc-1', 'person-1', ['', ' ']))).toBe(
      'Write at least one message.',
    );
    expect(refusal(() => writeMessages(w, 'sc-1', 'person-1', ['x'.repeat(281)]))).toBe(
      'A message can be at most 280 characters.',
    );
    expect(refusal(() => writeMessages(w, 'sc-1', 'person-1', ['a', 'b', 'c', 'd']))).toBe(
      'At most 3 messages.',
    );
    const s = open(withFocus(), { kind: 'success' });
    expect(refusal(() => writeSuccess(s, 'sc-1', 'person-1', { metric: ' ', target: '90%' }))).toBe(
      'A metric cannot be empty.',
    );
    expect(
      refusal(() => writeSuccess(s, 'sc-1', 'person-1', { metric: 'NPS', target: 't'.repeat(201) })),
    ).toBe('A target can be at most 200 characters.');
    expect(check(s).answeredBy).toEqual([]);
  });

  it('refuses people who are not participants or do not vote, and writing after the reveal', () => {
    let w = open(team(), { kind: 'messages' });
    expect(refusal(() => writeMessages(w, 'sc-1', 'nobody', ['Hi']))).toBe(
      'That person is not a participant of this workspace.',
    );
    w = writeMessages(w, 'sc-1', 'person-1', ['Hi']);
    w = revealStatementCheck(w, 'sc-1');
    expect(refusal(() => writeMessages(w, 'sc-1', 'person-2', ['Late']))).toBe(
      'This check has been revealed: writing is closed.',
    );
  });
});

describe('revealing and agreeing', () => {
  it('refuses to reveal with nobody written', () => {
    expect(refusal(() => revealStatementCheck(open(team(), { kind: 'messages' }), 'sc-1'))).toBe(
      'Nobody has written yet: there is nothing to reveal.',
    );
  });

  it('agrees one to three messages into agreedMessages, only after the reveal', () => {
    let w = open(team(), { kind: 'messages' });
    w = writeMessages(w, 'sc-1', 'person-1', ['Customers first', 'Ship the EU launch']);
    expect(refusal(() => agreeMessages(w, 'sc-1', ['Customers first']))).toMatch(/^Reveal the drafts first/);
    w = revealStatementCheck(w, 'sc-1');
    expect(refusal(() => agreeMessages(w, 'sc-1', ['', '  ']))).toBe(
      'Write at least one message every team will hear.',
    );
    expect(refusal(() => agreeMessages(w, 'sc-1', ['a', 'b', 'c', 'd']))).toMatch(
      /^Agree at most 3 messages/,
    );
    const agreed = agreeMessages(w, 'sc-1', [' Customers first, always ', '', 'EU launch by June']);
    expect(agreed.agreedMessages).toEqual(['Customers first, always', 'EU launch by June']);
    expect(workspaceProblem(agreed)).toBeNull();
  });

  it("agrees success for the check's priority, and refuses once that priority is gone", () => {
    let w = open(withFocus(), { kind: 'success' });
    w = writeSuccess(w, 'sc-1', 'person-2', { metric: 'Paying EU customers', target: '40 by June' });
    w = revealStatementCheck(w, 'sc-1');
    const agreed = agreeSuccess(w, 'sc-1', { metric: 'Paying EU customers ', target: '40 by 30 June' });
    expect(agreed.successDefinition).toEqual({
      priorityId: 'p-eu',
      metric: 'Paying EU customers',
      target: '40 by 30 June',
    });
    expect(refusal(() => agreeSuccess(w, 'sc-1', { metric: 'x', target: ' ' }))).toBe(
      'Say both the metric and the target that would mean success.',
    );
    const gone = { ...w, priorities: w.priorities.filter((p) => p.id !== 'p-eu'), focusPriorityId: null };
    expect(refusal(() => agreeSuccess(gone, 'sc-1', { metric: 'x', target: 'y' }))).toMatch(
      /^The priority this check was about has been deleted/,
    );
  });

  it('deletes a check', () => {
    const w = deleteStatementCheck(open(team(), { kind: 'messages' }), 'sc-1');
    expect(w.statementChecks).toEqual([]);
  });
});

/** Drafts from fast-check: words from a small set so that equal drafts and ties occur. */
const message = fc
  .array(fc.constantFrom('customers', 'EU', 'launch', 'Клиенты', '客户', 'first', 'ship'), {
    minLength: 1,
    maxLength: 4,
  })
  .map((words) => words.join(' '));
const draft = fc.array(message, { minLength: 1, maxLength: 3 });

/** a comes no later than b: message by message, by code units. */
function inContentOrder(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y;
  }
  return true;
}

describe('anonymous drafts', () => {
  it('are saved with no participant id, in content order, whoever wrote first', () => {
    fc.assert(
      fc.property(
        fc
          .array(draft, { minLength: 2, maxLength: NAMES.length })
          .chain((drafts) =>
            fc.tuple(
              fc.constant(drafts),
              fc.shuffledSubarray([...drafts.keys()], { minLength: drafts.length }),
            ),
          ),
        ([drafts, order]) => {
          const write = (sequence: readonly number[]) => {
            let w = open(team(), { kind: 'messages', anonymous: true });
            for (const i of sequence) w = writeMessages(w, 'sc-1', `person-${i + 1}`, drafts[i]!);
            return encodeWorkspace(w);
          };
          const inOrder = write([...drafts.keys()]);
          const shuffled = write(order);
          expect(shuffled).toBe(inOrder);
          const saved = decodeWorkspace(shuffled);
          if (!saved.ok) throw new Error(saved.message);
          const stored = saved.workspace.statementChecks[0]!.drafts;
          const json = JSON.stringify(stored);
          expect(json).not.toContain('participantId');
          expect(json).not.toContain('person-');
          const texts = stored.map((d) => ('messages' in d ? d.messages : []));
          for (let i = 1; i < texts.length; i++) expect(inContentOrder(texts[i - 1]!, texts[i]!)).toBe(true);
        },
      ),
    );
  });
});

describe('any text typed into a draft', () => {
  const REFUSALS = new Set([
    'Write at least one message.',
    'A message can be at most 280 characters.',
    'A metric cannot be empty.',
    'A target cannot be empty.',
    'A metric can be at most 200 characters.',
    'A target can be at most 200 characters.',
  ]);
  const typed = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 120 }));

  it('is stored trimmed in a file that still opens, or refused in the schema’s words with nothing changed', () => {
    fc.assert(
      fc.property(fc.array(typed, { maxLength: 3 }), typed, typed, (messages, metric, target) => {
        const before = open(withFocus(), { kind: 'messages' });
        const checks = [
          [before, () => writeMessages(before, 'sc-1', 'person-1', messages)] as const,
          (() => {
            const s = open(withFocus(), { kind: 'success' });
            return [s, () => writeSuccess(s, 'sc-1', 'person-1', { metric, target })] as const;
          })(),
        ];
        for (const [w, edit] of checks) {
          let after: Workspace;
          try {
            after = edit();
          } catch (error) {
            expect(REFUSALS).toContain((error as Error).message);
            expect(check(w).answeredBy).toEqual([]);
            continue;
          }
          expect(workspaceProblem(after)).toBeNull();
          const draft = check(after).drafts[0]!;
          const texts = 'messages' in draft ? draft.messages : [draft.metric, draft.target];
          for (const t of texts) expect(t).toBe(t.trim());
        }
      }),
    );
  });
});
