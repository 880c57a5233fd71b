import { beforeEach, describe, expect, it } from 'vitest';
import { documentActions, resetDocument, useDocument } from '../../src/renderer/src/document';
import { workspaceActions } from '../../src/renderer/src/features/workspaces';
import { DomainError } from '../../src/shared/domain/domainError';
import { installFakeApi, type FakeMain } from './fakeApi';

/**
 * tryEdit answers a screen that shows a refusal where the user is looking (beside a field, on a
 * phone): null only when the edit landed, every refusal's words otherwise, and no second notice.
 */
let main: FakeMain;
beforeEach(() => {
  resetDocument();
  main = installFakeApi();
});

const current = () => useDocument.getState().current!;

describe('what an edit says when nothing was applied', () => {
  it('an edit the save check refuses comes back in words, changes nothing and shows no notice', async () => {
    await workspaceActions.openRecent(main.seed({ name: 'Q1 Offsite' }));
    const before = current().workspace;
    const refusal = documentActions.tryEdit((w) => ({ ...w, name: 'x'.repeat(5000) }));
    expect(refusal).toMatch(/The workspace name is 5,000 characters/);
    expect(current().workspace).toBe(before);
    expect(useDocument.getState().notice).toBeNull();
  });

  it('the same edit through edit() says so in a notice and returns false', async () => {
    await workspaceActions.openRecent(main.seed({ name: 'Q1 Offsite' }));
    expect(documentActions.edit((w) => ({ ...w, name: 'x'.repeat(5000) }))).toBe(false);
    expect(useDocument.getState().notice?.message).toMatch(/The workspace name is 5,000 characters/);
  });

  it('a read-only workspace refuses in words; a domain refusal comes back as its message', async () => {
    await workspaceActions.openRecent(main.seed({ name: 'Theirs', readOnlyReason: 'Dana has it open.' }));
    expect(documentActions.tryEdit((w) => ({ ...w, organisation: 'Acme' }))).toBe(
      'This workspace is read-only: nothing was changed.',
    );
    expect(current().workspace.organisation).not.toBe('Acme');
    resetDocument();
    await workspaceActions.openRecent(main.seed({ name: 'Ours' }));
    expect(
      documentActions.tryEdit(() => {
        throw new DomainError('CLOSED', 'Voting has closed for this round.');
      }),
    ).toBe('Voting has closed for this round.');
    expect(documentActions.tryEdit((w) => ({ ...w, organisation: 'Acme' }))).toBeNull();
    expect(current().workspace.organisation).toBe('Acme');
  });
});
