import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextQuarter } from '../../../../src/shared/domain/series/nextQuarter';
import { decodeWorkspace, workspaceProblem } from '../../../../src/shared/domain/workspace';

describe('the next quarter’s cascade', () => {
  it('keeps the departments and their capacity, and starts the objectives afresh', () => {
    const text = readFileSync(join(import.meta.dirname, '../../../fixtures/workspace/v7.json'), 'utf8');
    const decoded = decodeWorkspace(text);
    if (!decoded.ok) throw new Error(decoded.message);
    let n = 0;
    const { workspace } = nextQuarter(decoded.workspace, {
      name: 'Q2 2027 Leadership Offsite',
      period: '2027-Q2',
      now: new Date('2027-03-20T09:00:00Z'),
      newId: () => `id-${++n}`,
    });
    expect(workspace.cascade.departments).toEqual(decoded.workspace.cascade.departments);
    expect(workspace.cascade.contributions).toEqual([]);
    expect(workspaceProblem(workspace)).toBeNull();
  });
});
