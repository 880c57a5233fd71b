import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNote, addDecision, BoardError, setBoard, updateNote } from '../../src/shared/domain/board';
import {
  addPrioritiesReporting,
  numberedLines,
  previewPrioritiesCsv,
  removePriority,
  updatePriority,
} from '../../src/shared/domain/priorities';
import { createRound, RoundError } from '../../src/shared/domain/rounds';
import {
  addParticipant,
  moveParticipant,
  removeParticipant,
  updateParticipant,
  Workspace,
  WORKSPACE_KINDS,
} from '../../src/shared/domain/workspace';
import { resetWorkspacesStore, workspaceActions } from '../../src/renderer/src/features/workspaces/store';
import { installFakeApi } from './fakeApi';
import { useDocument, documentActions } from '../../src/renderer/src/document';

/**
 * docs/quality.md E1: no edit can produce a document that the save validation refuses. Random
 * sequences of the edits the screens make (the same domain steps, through the same store
 * action) must leave a workspace that `workspace:save` accepts, and the save must succeed.
 */

// Text as people paste it: short, empty, blank, duplicates, and lengths around every limit.
const text = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.constantFrom('', '   ', 'Launch EU', ' launch eu ', 'Dana', 'DANA '),
  fc.nat(4100).map((n) => `${'Office in Lisbon '.repeat(Math.ceil(n / 17))}`.slice(0, n)),
);
const place = fc.nat(20);
const pick = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];

type Edit = { name: string; recipe: (w: Workspace) => Workspace };
let n = 0;
const newId = () => `id-${++n}`;

const edits: fc.Arbitrary<Edit> = fc.oneof(
  fc.array(text, { maxLength: 6 }).map((lines): Edit => ({
    name: 'paste priorities',
    recipe: (w) =>
      addPrioritiesReporting(
        w,
        numberedLines(lines.join('\n')).map(({ title }) => ({ title })),
        newId,
      ).workspace,
  })),
  fc
    .array(fc.tuple(text, text, fc.constantFrom('8', 'eleven', '', 'now', 'later')), { maxLength: 5 })
    .map((rows): Edit => ({
      name: 'import CSV',
      recipe: (w) => {
        const preview = previewPrioritiesCsv(
          ['Priority;Owner;Impact', ...rows.map((r) => r.map((c) => c.replaceAll(';', ',')).join(';'))].join(
            '\n',
          ),
        );
        return preview.ok
          ? addPrioritiesReporting(
              w,
              preview.rows.map((r) => r.draft),
              newId,
            ).workspace
          : w;
      },
    })),
  fc
    .tuple(place, fc.constantFrom('title', 'owner', 'department', 'description'), text)
    .map(([i, field, value]): Edit => ({
      name: `edit a priority's ${field}`,
      recipe: (w) => {
        const p = pick(w.priorities, i);
        // The title field is required: an emptied one is never committed (CommittedInput).
        if (!p || (field === 'title' && value.trim() === '')) return w;
        return updatePriority(w, p.id, { [field]: value });
      },
    })),
  place.map((i): Edit => ({
    name: 'remove a priority',
    recipe: (w) => {
      const p = pick(w.priorities, i);
      return p ? removePriority(w, p.id) : w;
    },
  })),
  fc.tuple(text, text, text).map(([name, role, department]): Edit => ({
    name: 'add a participant',
    recipe: (w) => (name.trim() === '' ? w : addParticipant(w, { name, role, department }, newId())),
  })),
  fc.tuple(place, fc.constantFrom('name', 'role', 'department'), text).map(([i, field, value]): Edit => ({
    name: `change a participant's ${field}`,
    recipe: (w) => {
      const p = pick(w.participants, i);
      if (!p || (field === 'name' && value.trim() === '')) return w;
      return updateParticipant(w, p.id, { [field]: value });
    },
  })),
  fc.tuple(place, fc.constantFrom('facilitator', 'votes', 'up', 'down', 'remove')).map(([i, what]): Edit => ({
    name: `participant: ${what}`,
    recipe: (w) => {
      const p = pick(w.participants, i);
      if (!p) return w;
      if (what === 'facilitator') return updateParticipant(w, p.id, { isFacilitator: !p.isFacilitator });
      if (what === 'votes') return updateParticipant(w, p.id, { votes: !p.votes });
      if (what === 'remove') return removeParticipant(w, p.id);
      return moveParticipant(w, p.id, what === 'up' ? -1 : 1);
    },
  })),
  fc
    .tuple(fc.constantFrom('name', 'period', 'organisation', 'kind'), text, place)
    .map(([field, value, i]): Edit => ({
      name: `workspace ${field}`,
      recipe: (w) => {
        if (field === 'kind') return { ...w, kind: pick(WORKSPACE_KINDS, i)! };
        if (field === 'name' && value.trim() === '') return w;
        return { ...w, [field]: value };
      },
    })),
  fc.tuple(text, fc.nat(8)).map(([question, count]): Edit => ({
    name: 'open a round',
    recipe: (w) =>
      createRound(
        w,
        { question, method: 'order', itemIds: w.priorities.slice(0, count).map((p) => p.id) },
        newId(),
        new Date('2026-12-01T10:00:00Z'),
      ),
  })),
  fc.tuple(text, place).map(([note, i]): Edit => ({
    name: 'board note',
    recipe: (w) => {
      const existing = pick(w.board.notes, i);
      return existing
        ? updateNote(w, existing.id, { text: note })
        : addNote(w, newId(), { x: i, y: i }, note);
    },
  })),
  text.map((label): Edit => ({
    name: 'axis label',
    recipe: (w) => setBoard(w, { axes: 'custom', customX: label }),
  })),
  fc.tuple(text, text).map(([what, why]): Edit => ({
    name: 'record a decision',
    recipe: (w) =>
      addDecision(w, {
        id: newId(),
        kind: 'decision',
        what,
        why,
        alternatives: '',
        dissent: '',
        owner: '',
        date: '2026-12-01',
        priorityIds: [],
      }),
  })),
);

/** Refusals a screen shows itself (a round without items, a note that is too long…). */
const refusedByTheScreen = (error: unknown) => error instanceof RoundError || error instanceof BoardError;

describe('E1: every edit leaves a workspace that saves', () => {
  it('random sequences of edits through the workspace store always pass the save validation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edits, { minLength: 1, maxLength: 25 }), async (sequence) => {
        resetWorkspacesStore();
        const main = installFakeApi();
        const path = main.seed({ participants: [{ name: 'Dana' }, { name: 'Ravi' }] });
        await workspaceActions.openRecent(path);
        for (const edit of sequence) {
          try {
            documentActions.edit(edit.recipe);
          } catch (error) {
            if (!refusedByTheScreen(error)) throw error;
          }
          const now = useDocument.getState().current!.workspace;
          const checked = Workspace.safeParse(now);
          expect(checked.success, `after “${edit.name}”: ${checked.error?.issues[0]?.message}`).toBe(true);
        }
        await documentActions.flush();
        expect(useDocument.getState().saveError).toBeNull();
        const shown = useDocument.getState().current!.workspace;
        expect({ ...main.onDisk(path)!, updatedAt: '' }).toEqual({ ...shown, updatedAt: '' });
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('a refused edit changes nothing and says what is wrong in the words of the screen', async () => {
    resetWorkspacesStore();
    const main = installFakeApi();
    await workspaceActions.openRecent(main.seed({ participants: [{ name: 'Dana' }] }));
    const before = useDocument.getState().current!.workspace;
    const dana = before.participants[0]!;
    documentActions.edit((w) => updateParticipant(w, dana.id, { role: 'Chief '.repeat(30) }));
    expect(useDocument.getState().current!.workspace).toBe(before);
    expect(useDocument.getState().notice).toEqual({
      tone: 'error',
      title: 'Not changed',
      message: 'Participant 1, “Dana”: the role is 180 characters; at most 120.',
    });
  });

  it('a save refused by main is shown naming the priority, not the path in the file', async () => {
    resetWorkspacesStore();
    const main = installFakeApi();
    await workspaceActions.openRecent(main.seed());
    let ids = 0;
    const sixty = addPrioritiesReporting(
      useDocument.getState().current!.workspace,
      Array.from({ length: 60 }, (_, i) => ({ title: `Priority ${i + 1}` })),
      () => `p${++ids}`,
    ).workspace;
    // A document that bypassed the edit checks (as an older build could have made).
    const long = `Office in Lisbon ${'x'.repeat(483)}`;
    const broken = updatePriority(sixty, 'p58', { title: long });
    useDocument.setState({ current: { ...useDocument.getState().current!, workspace: broken } });
    await documentActions.retrySave();
    expect(useDocument.getState().saveError).toBe(
      `Priority 58, “Office in Lisbon ${'x'.repeat(22)}…”: the title is 500 characters; at most 200.`,
    );
  });
});
