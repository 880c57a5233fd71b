import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { departmentBrief } from '../../../../src/shared/domain/cascade';
import { buildSlides, deckDocument } from '../../../../src/shared/domain/deck';
import { decodeWorkspace, type Workspace, workspaceProblem } from '../../../../src/shared/domain/workspace';

function fixture(): Workspace {
  const text = readFileSync(join(import.meta.dirname, '../../../fixtures/workspace/v7.json'), 'utf8');
  const decoded = decodeWorkspace(text);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.workspace;
}

/** The brief as the PDF prints it, tags removed: what a reader would see. */
function briefText(w: Workspace, departmentId: string): string {
  const html = deckDocument(w, departmentBrief(w, departmentId), { date: '2027-01-15', fontFaceCss: '' });
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('a department brief', () => {
  it('holds that department’s objectives and none of the others’', () => {
    const w = fixture();
    const sales = briefText(w, 'dep-sales');
    expect(sales).toContain('Sales: department brief');
    expect(sales).toContain('Sign 12 EU mid-market customers');
    expect(sales).toContain('Pre-sell SSO to five enterprise accounts');
    expect(sales).not.toContain('Ship SAML and OIDC sign-in');
    expect(sales).not.toContain('Close the books in five days');
    const finance = briefText(w, 'dep-fin');
    expect(finance).toContain('Close the books in five days');
    expect(finance).toContain('Serves: no company priority');
    expect(finance).toContain('Planned: 5 effort points against a capacity of 4.');
    expect(finance).not.toContain('Sign 12 EU mid-market customers');
  });

  it('gives the why: the focus first, the rationale, the trade-off’s cost and what we will not do', () => {
    const text = briefText(fixture(), 'dep-eng');
    expect(text.indexOf('Focus: Enterprise SSO')).toBeLessThan(text.indexOf('Launch in the EU'));
    expect(text).toContain('Largest revenue upside this year.');
    expect(text).toContain('Recorded dissent: Tom: SSO first.');
    expect(text).toContain('the cost: SSO slips 6 weeks');
    expect(text).toContain(
      "Rebuild the billing system : Deferred. The EU launch needs the billing team's time this quarter",
    );
    expect(text).toContain('We win the EU mid-market before we widen the product.');
    expect(text).toContain('What success means for Enterprise SSO: Enterprise deals closed that needed SSO');
  });

  it('prints what people typed as text, never as markdown', () => {
    const w = fixture();
    const typed: Workspace = {
      ...w,
      cascade: {
        ...w.cascade,
        contributions: w.cascade.contributions.map((c) =>
          c.id === 'c-eng-sso' ? { ...c, objective: '1. Ship *SAML* [now](https://x.test) # <b>' } : c,
        ),
      },
    };
    const html = deckDocument(typed, departmentBrief(typed, 'dep-eng'), {
      date: '2027-01-15',
      fontFaceCss: '',
    });
    expect(html).toContain('1. Ship *SAML* [now](https://x.test) # &lt;b&gt;');
    expect(html).not.toContain('<a ');
    expect(html).not.toContain('<em>SAML');
  });

  it('is a deck the workspace can carry, so the deck’s PDF export prints it', () => {
    const w = fixture();
    const deck = departmentBrief(w, 'dep-sales');
    expect(workspaceProblem({ ...w, deck })).toBeNull();
    expect(buildSlides(w, deck, { date: '2027-01-15' }).map((s) => s.title)).toEqual([
      'Sales: department brief',
      'What we committed to',
      'Why',
      'What we will not do',
      'What Sales does for it',
      'What every team will hear',
    ]);
  });

  it('turns the page for a department with many objectives', () => {
    const w = fixture();
    const many: Workspace = {
      ...w,
      cascade: {
        ...w.cascade,
        contributions: Array.from({ length: 40 }, (_, i) => ({
          ...w.cascade.contributions[0]!,
          id: `c${i}`,
          objective: `Objective number ${i + 1}`,
          localRank: i + 1,
        })),
      },
    };
    const deck = departmentBrief(many, 'dep-sales');
    const titles = buildSlides(many, deck, { date: '2027-01-15' }).map((s) => s.title);
    expect(titles.filter((t) => t.startsWith('What Sales does for it')).length).toBeGreaterThan(3);
    expect(workspaceProblem({ ...many, deck })).toBeNull();
  });
});
