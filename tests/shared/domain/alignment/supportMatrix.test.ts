import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supportMatrix, type SupportRating } from '../../../../src/shared/domain/alignment';

const rate = (fromDepartment: string, toDepartment: string, score: number): SupportRating => ({
  fromDepartment,
  toDepartment,
  score,
});

describe('the department support matrix', () => {
  // Each executive rates the support their own department gets: Sales's two executives
  // rate Engineering 2 and 2, and so on.
  const matrix = supportMatrix([
    rate('Engineering', 'Sales', 2),
    rate('Engineering', 'Sales', 2),
    rate('Sales', 'Engineering', 4),
    rate('Finance', 'Sales', 4),
    rate('Sales', 'Finance', 3),
    rate('Engineering', 'Finance', 3),
    rate('Finance', 'Engineering', 5),
  ]);

  it('averages each cell and the matrix over cells, so a big department does not weigh more', () => {
    expect(matrix.cells.find((c) => c.from === 'Engineering' && c.to === 'Sales')).toMatchObject({
      mean: 2,
      n: 2,
    });
    // Cells 3, 2, 5, 4, 4, 3: (3 + 2 + 5 + 4 + 4 + 3) / 6 = 21 / 6 = 3.5.
    expect(matrix.average).toBe(3.5);
  });

  it('names the department that gives least support and the most asymmetric pairs', () => {
    // Given: Engineering (3 + 2) / 2 = 2.5, Finance (5 + 4) / 2 = 4.5, Sales (4 + 3) / 2 = 3.5.
    expect(matrix.leastSupportive).toEqual({ departments: ['Engineering'], mean: 2.5 });
    // Engineering–Finance 3 against 5, Engineering–Sales 2 against 4, Finance–Sales 4 against 3.
    expect(matrix.asymmetric.map((p) => [p.a, p.b, p.gap])).toEqual([
      ['Engineering', 'Finance', 2],
      ['Engineering', 'Sales', 2],
      ['Finance', 'Sales', 1],
    ]);
    expect(matrix.sentences).toEqual([
      'Support between departments averages 3.5 out of 5.',
      'Engineering gives the least support, 2.5 on average as the others see it.',
      'Finance is rated 5.0 for the support it gives Engineering, but Engineering only 3.0 for the support it gives back.',
      'Sales is rated 4.0 for the support it gives Engineering, but Engineering only 2.0 for the support it gives back.',
      'Finance is rated 4.0 for the support it gives Sales, but Sales only 3.0 for the support it gives back.',
    ]);
  });

  it('says there are no ratings rather than an average of nothing', () => {
    expect(supportMatrix([])).toMatchObject({ average: null, leastSupportive: null });
    expect(supportMatrix([]).sentences).toEqual(['No support ratings yet.']);
  });

  it('refuses a score outside 1 to 5 and a department rating itself', () => {
    expect(() => supportMatrix([rate('Sales', 'Finance', 6)])).toThrow('whole numbers from 1 to 5');
    expect(() => supportMatrix([rate('Sales', ' Sales ', 3)])).toThrow(
      'does not rate the support it gives itself',
    );
  });

  it('keeps every rating in one cell, the average on the scale and the gaps the same both ways', () => {
    const department = fc.constantFrom('Sales', 'Finance', 'People', 'Engineering');
    const ratings = fc.array(
      fc
        .record({
          fromDepartment: department,
          toDepartment: department,
          score: fc.integer({ min: 1, max: 5 }),
        })
        .filter((r) => r.fromDepartment !== r.toDepartment),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(ratings, (list) => {
        const m = supportMatrix(list);
        expect(m.cells.reduce((s, c) => s + c.n, 0)).toBe(list.length);
        if (m.average !== null) expect(m.average >= 1 && m.average <= 5).toBe(true);
        for (const p of m.pairs) expect(p.gap).toBe(Math.abs(p.aToB - p.bToA));
        const reversed = supportMatrix(list.slice().reverse());
        expect(reversed.pairs).toEqual(m.pairs);
      }),
    );
  });
});
