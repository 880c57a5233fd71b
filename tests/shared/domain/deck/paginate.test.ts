import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDay, paginate, partTitle } from '../../../../src/shared/domain/deck/paginate';

describe('paginate', () => {
  it('keeps every row, in order, within the row cap and the height budget', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 })),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 50, max: 600 }),
        (heights, perSlide, budget) => {
          const parts = paginate(heights, perSlide, { height: (h) => h, budget });
          expect(parts.flat()).toEqual(heights);
          for (const part of parts) {
            expect(part.length).toBeLessThanOrEqual(perSlide);
            const total = part.reduce((a, b) => a + b, 0);
            if (part.length > 1) expect(total).toBeLessThanOrEqual(budget);
          }
        },
      ),
    );
  });

  it('gives an empty table one (empty) slide', () => {
    expect(paginate([], 5)).toEqual([[]]);
  });

  it('leaves less room on the first slide when asked (the section text sits there)', () => {
    expect(paginate([10, 10, 10, 10], 10, { height: (h) => h, budget: 40, firstBudget: 20 })).toEqual([
      [10, 10],
      [10, 10],
    ]);
  });
});

describe('titles and dates', () => {
  it('numbers continued slides only', () => {
    expect(partTitle('Scorecard', 1, 3)).toBe('Scorecard (2/3)');
    expect(partTitle('Scorecard', 0, 1)).toBe('Scorecard');
  });

  it('writes the day out, and leaves anything else as given', () => {
    expect(formatDay('2027-01-15')).toBe('15 January 2027');
    expect(formatDay('next Tuesday')).toBe('next Tuesday');
  });
});
