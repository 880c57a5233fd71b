import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewPrioritiesCsv, type CsvPreview } from '../../../../src/shared/domain/priorities';

const ok = (preview: CsvPreview) => {
  if (!preview.ok) throw new Error(preview.reason);
  return preview;
};

describe('CSV import of priorities: the preview', () => {
  it('reads named columns, quoted commas and a BOM', () => {
    const csv = '\uFEFFTitle,Owner,Impact,Horizon\n"Launch EU, then UK",Lena,8,next\nHire CFO,Dana,6,now\n';
    expect(ok(previewPrioritiesCsv(csv)).rows).toEqual([
      { row: 2, draft: { title: 'Launch EU, then UK', owner: 'Lena', impact: 8, horizon: 'next' } },
      { row: 3, draft: { title: 'Hire CFO', owner: 'Dana', impact: 6, horizon: 'now' } },
    ]);
  });

  it('recognises the common headings whatever their case and spacing, and shows the mapping', () => {
    const csv =
      ' Priority Name ;OWNER;Dept.;impact;Effort;HORIZON;Description;Budget\nSSO;Ravi;IT;7;3,5;Later;Single sign-on;40k\n';
    const preview = ok(previewPrioritiesCsv(csv));
    expect(preview.delimiter).toBe('semicolon');
    expect(preview.columns.map((c) => [c.heading, c.field])).toEqual([
      ['Priority Name', 'title'],
      ['OWNER', 'owner'],
      ['Dept.', 'department'],
      ['impact', 'impact'],
      ['Effort', 'effort'],
      ['HORIZON', 'horizon'],
      ['Description', 'description'],
      ['Budget', null],
    ]);
    expect(preview.rows[0]!.draft).toEqual({
      title: 'SSO',
      owner: 'Ravi',
      department: 'IT',
      impact: 7,
      effort: 3.5,
      horizon: 'later',
      description: 'Single sign-on',
    });
    for (const heading of ['Title', 'PRIORITY', 'initiative', 'Initiative ']) {
      expect(ok(previewPrioritiesCsv(`${heading},Department\nLaunch EU,Sales\n`)).rows).toEqual([
        { row: 2, draft: { title: 'Launch EU', department: 'Sales' } },
      ]);
    }
  });

  it('reads tab-separated files (pasted from a spreadsheet and saved as .tsv or .csv)', () => {
    const preview = ok(
      previewPrioritiesCsv('Initiative\tOwner\tImpact\nLaunch EU\tLena\t8\nHire CFO\tDana\t6\n'),
    );
    expect(preview.delimiter).toBe('tab');
    expect(preview.rows.map((r) => r.draft)).toEqual([
      { title: 'Launch EU', owner: 'Lena', impact: 8 },
      { title: 'Hire CFO', owner: 'Dana', impact: 6 },
    ]);
  });

  it('without a header, the first column is the title', () => {
    const preview = ok(previewPrioritiesCsv('Launch EU\nHire CFO\n'));
    expect(preview.hasHeader).toBe(false);
    expect(preview.rows.map((r) => r.draft)).toEqual([{ title: 'Launch EU' }, { title: 'Hire CFO' }]);
  });

  it('skips a bad row with its spreadsheet row number and the reason, and keeps the others', () => {
    const csv = [
      'title,impact,horizon',
      'Launch EU,8,next',
      ',5,now',
      'Hire CFO,eleven,now',
      '',
      'Enterprise SSO,4,someday',
      `${'Office in Lisbon '.repeat(20)},3,now`,
      'Data platform,6,later',
    ].join('\n');
    const preview = ok(previewPrioritiesCsv(csv));
    expect(preview.rows.map((r) => [r.row, r.draft.title])).toEqual([
      [2, 'Launch EU'],
      [8, 'Data platform'],
    ]);
    expect(preview.skipped).toEqual([
      { row: 3, reason: 'no title' },
      { row: 4, reason: 'impact “eleven” is not a number from 0 to 10' },
      { row: 6, reason: 'horizon “someday” is not now, next or later' },
      { row: 7, reason: 'the title is 339 characters; at most 200' },
    ]);
  });

  it('calls a binary file "not a CSV file"', () => {
    const xlsx = 'PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000';
    expect(previewPrioritiesCsv(xlsx)).toMatchObject({ ok: false, reason: /^This is not a CSV file/ });
    const image = '\uFFFDPNG\r\n\u001a\n\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDIHDR\uFFFD\uFFFD';
    expect(previewPrioritiesCsv(image)).toMatchObject({ ok: false, reason: /^This is not a CSV file/ });
    expect(previewPrioritiesCsv('')).toMatchObject({ ok: false, reason: 'The file has no rows.' });
  });

  it('a header without a title column says which heading is missing', () => {
    expect(previewPrioritiesCsv('Owner,Impact\nLena,8\n')).toMatchObject({
      ok: false,
      reason: /none is called Priority, Title, Name or Initiative/,
    });
  });

  it('every row of any text is either imported as a savable draft or skipped with a reason', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 260 }),
      fc.constantFrom('', ' ', '12', 'now', 'Later', '3,5'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        (sep, table) => {
          const text = [
            'Title,Owner,Impact,Horizon'.replaceAll(',', sep),
            ...table.map((r) => r.join(sep)),
          ].join('\n');
          const preview = previewPrioritiesCsv(text);
          if (!preview.ok) return;
          for (const { draft } of preview.rows) {
            expect(draft.title.trim().length).toBeGreaterThan(0);
            expect(draft.title.length).toBeLessThanOrEqual(200);
            expect(draft.owner?.length ?? 0).toBeLessThanOrEqual(120);
          }
          for (const s of preview.skipped) expect(s.reason.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
