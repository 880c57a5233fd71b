import { describe, expect, it } from 'vitest';
import { parsePrioritiesCsv } from '../../../../src/shared/domain/priorities';

describe('CSV import of priorities', () => {
  it('reads named columns, quoted commas, a BOM and semicolon-separated exports', () => {
    const csv = '\uFEFFTitle,Owner,Impact,Horizon\n"Launch EU, then UK",Lena,8,next\nHire CFO,Dana,6,now\n';
    expect(parsePrioritiesCsv(csv)).toEqual({
      ok: true,
      drafts: [
        { title: 'Launch EU, then UK', owner: 'Lena', impact: 8, horizon: 'next' },
        { title: 'Hire CFO', owner: 'Dana', impact: 6, horizon: 'now' },
      ],
    });
    const semicolons = parsePrioritiesCsv('priority;effort\nSSO;3,5\n');
    expect(semicolons).toEqual({ ok: true, drafts: [{ title: 'SSO', effort: 3.5 }] });
  });

  it('without a header, the first column is the title', () => {
    expect(parsePrioritiesCsv('Launch EU\nHire CFO\n')).toEqual({
      ok: true,
      drafts: [{ title: 'Launch EU' }, { title: 'Hire CFO' }],
    });
  });

  it('names the first bad row and its reason, and imports nothing', () => {
    expect(parsePrioritiesCsv('title,impact\nA,5\nB,eleven\nC,3')).toEqual({
      ok: false,
      row: 3,
      reason: 'Impact must be a number from 0 to 10, not “eleven”.',
    });
    expect(parsePrioritiesCsv('title,horizon\nA,someday')).toMatchObject({
      ok: false,
      row: 2,
      reason: /now, next or later/,
    });
    expect(parsePrioritiesCsv('title,owner\n,Dana')).toMatchObject({
      ok: false,
      row: 2,
      reason: 'The title is empty.',
    });
    expect(parsePrioritiesCsv('')).toMatchObject({ ok: false, reason: 'The file has no rows.' });
  });
});
