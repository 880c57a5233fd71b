import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPriorities,
  addPrioritiesReporting,
  titlesFromLines,
} from '../../../../src/shared/domain/priorities';
import { createWorkspace, LIMITS, Workspace } from '../../../../src/shared/domain/workspace';

const fresh = () =>
  createWorkspace(
    { name: 'Q1 Offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Acme' },
    'w1',
    new Date('2026-11-21T10:00:00Z'),
  );
const ids = () => {
  let n = 0;
  return () => `p${++n}`;
};

describe('adding priorities says what was added, skipped and refused', () => {
  it('skips titles already on the list (any case) and names them', () => {
    const newId = ids();
    const w = addPriorities(fresh(), [{ title: 'Launch EU' }], newId);
    const result = addPrioritiesReporting(
      w,
      titlesFromLines('- launch eu\nHire CFO\n HIRE CFO ').map((title) => ({ title })),
      newId,
    );
    expect(result.workspace.priorities.map((p) => p.title)).toEqual(['Launch EU', 'Hire CFO']);
    expect(result.added.map((p) => p.title)).toEqual(['Hire CFO']);
    expect(result.duplicates).toEqual([
      { index: 0, title: 'launch eu' },
      { index: 2, title: 'HIRE CFO' },
    ]);
  });

  it('refuses a pasted title over the limit, naming the line, and adds the rest', () => {
    const long = `Office in Lisbon ${'x'.repeat(300)}`;
    const result = addPrioritiesReporting(fresh(), [{ title: 'A' }, { title: long }, { title: 'B' }], ids());
    expect(result.added.map((p) => p.title)).toEqual(['A', 'B']);
    expect(result.refused).toEqual([
      { index: 1, title: long, reason: 'the title is 317 characters; at most 200' },
    ]);
    expect(Workspace.safeParse(result.workspace).success).toBe(true);
  });

  it('stops at the most a workspace holds, and says how many were left out', () => {
    const start = addPriorities(
      fresh(),
      Array.from({ length: LIMITS.priorities - 1 }, (_, i) => ({ title: `Item ${i}` })),
      ids(),
    );
    const result = addPrioritiesReporting(
      start,
      [{ title: 'Last' }, { title: 'One more' }, { title: 'Two more' }],
      ids(),
    );
    expect(result.workspace.priorities).toHaveLength(LIMITS.priorities);
    expect(result.overLimit).toBe(2);
  });

  it('whatever is pasted, the workspace still saves', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 400 }), { maxLength: 20 }), (lines) => {
        const drafts = titlesFromLines(lines.join('\n')).map((title) => ({ title }));
        const result = addPrioritiesReporting(fresh(), drafts, ids());
        expect(Workspace.safeParse(result.workspace).success).toBe(true);
        expect(result.added.length + result.duplicates.length + result.refused.length).toBe(drafts.length);
      }),
    );
  });
});
