import { describe, expect, it } from 'vitest';
import { createWorkspace, NewWorkspaceInput, Workspace } from '../../../../src/shared/domain/workspace';

const base = { name: 'Q1 QBR', kind: 'qbr', period: '2027-Q1', organisation: 'Acme' } as const;
const NOW = new Date('2026-11-21T09:00:00Z');

describe('a new workspace starting from a template', () => {
  it('records the template it starts from', () => {
    const input = NewWorkspaceInput.parse({ ...base, templateId: 'builtin-qbr' });
    const w = createWorkspace(input, 'ws-1', NOW);
    expect(w.templateId).toBe('builtin-qbr');
    expect(Workspace.safeParse(w).success).toBe(true);
  });

  it('starts from no template when none, null or an empty id is given', () => {
    for (const templateId of [undefined, null, '']) {
      const input = NewWorkspaceInput.parse(templateId === undefined ? base : { ...base, templateId });
      const w = createWorkspace(input, 'ws-1', NOW);
      expect(w.templateId).toBeNull();
      expect(Workspace.safeParse(w).success).toBe(true);
    }
  });

  it('refuses an over-long template id', () => {
    expect(NewWorkspaceInput.safeParse({ ...base, templateId: 'x'.repeat(65) }).success).toBe(false);
  });
});
