import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editContribution, removeDepartment } from '../../../../src/shared/domain/cascade';
import { decodeWorkspace, describeDifferences } from '../../../../src/shared/domain/workspace';

function fixture() {
  const text = readFileSync(join(import.meta.dirname, '../../../fixtures/workspace/v7.json'), 'utf8');
  const decoded = decodeWorkspace(text);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.workspace;
}

describe('comparing with a file changed behind our back', () => {
  it('names the departments and objectives that differ', () => {
    const mine = fixture();
    const theirs = editContribution(removeDepartment(mine, 'dep-fin'), 'c-eng-sso', {
      objective: 'Ship SAML sign-in',
    });
    expect(describeDifferences(mine, theirs)).toEqual([
      'Only in yours: department “Finance”.',
      'Changed in both: department objective “Ship SAML and OIDC sign-in” (theirs: “Ship SAML sign-in”).',
      'Only in yours: department objective “Invoice in euros with EU VAT”.',
      'Only in yours: department objective “Close the books in five days”.',
    ]);
  });
});
