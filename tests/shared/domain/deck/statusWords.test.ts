import { describe, expect, it } from 'vitest';
import {
  COMMITMENT_GRADE_LABELS,
  KPI_STATUS_LABELS,
  KPI_STATUS_SYMBOLS,
  kpiStatusCount,
} from '../../../../src/shared/domain/deck';
import { commitmentsBody, kpiBody } from '../../../../src/shared/domain/deck/tableSlidesHtml';

describe('status and grade words, as the editors and the slides both write them', () => {
  it('a commitment slide shows each grade in the words of the editor’s grade menu', () => {
    const grades = ['done', 'partly', 'missed', 'ungraded'] as const;
    const html = commitmentsBody({
      rows: grades.map((grade) => ({ commitment: `C ${grade}`, owner: 'Ana', grade, comment: '' })),
      completion: { percent: 50, done: 1, partly: 1, missed: 1, graded: 3 },
      markdown: '',
    });
    for (const grade of grades) expect(html).toContain(`>${COMMITMENT_GRADE_LABELS[grade]}</span>`);
  });

  it('a KPI slide counts statuses as the editor’s summary does, each word beside its symbol', () => {
    const row = { metric: 'NRR', unit: '%', target: 100, actual: 95, prior: 98, better: 'higher' as const };
    const html = kpiBody({
      rows: [{ ...row, status: 'at-risk', comment: '' }],
      summary: { 'on-track': 0, 'at-risk': 2, 'off-track': 0, 'no-data': 0 },
      markdown: '',
    });
    expect(kpiStatusCount('at-risk', 2)).toBe('2 at risk');
    expect(html).toContain(`${KPI_STATUS_SYMBOLS['at-risk']}</span> 2 at risk`);
    expect(html).toContain(`</span> ${KPI_STATUS_LABELS['at-risk']}</span>`);
    expect(html).not.toContain('on track');
  });
});
