import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_SPECS,
  builtInTemplates,
  SECTION_TYPE_INFO,
  SECTION_TYPES,
  formatMinutes,
  Template,
  totalMinutes,
} from '../../../../src/shared/domain/templates';

const byId = (id: string) => builtInTemplates().find((t) => t.id === id)!;

describe('built-in templates', () => {
  it('are valid templates with unique, stable ids', () => {
    const all = builtInTemplates();
    expect(all.map((t) => t.name)).toEqual([
      'Quarterly Business Review',
      'Annual Business Review',
      'Two-day leadership offsite',
      'Alignment checkpoint',
      'Quarterly focus',
    ]);
    for (const t of all) {
      expect(Template.safeParse(t).success, t.name).toBe(true);
      expect(t.origin).toBe('builtin');
      expect(t.id.startsWith('builtin-')).toBe(true);
      expect(t.sections.length).toBeGreaterThan(4);
      for (const s of t.sections) expect(s.title.trim().length).toBeGreaterThan(0);
    }
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    // The same ids on every start: workspaces refer to a template by id.
    expect(builtInTemplates()).toEqual(all);
  });

  it('QBR walks from the decisions sought to the appendix, in that order', () => {
    const qbr = byId('builtin-qbr');
    expect(qbr.sections.map((s) => [s.type, s.title])).toEqual([
      ['title', 'Quarterly Business Review'],
      ['text', 'Decisions we need today'],
      ['text', 'Executive summary'],
      ['commitments-review', 'Last quarter’s commitments, graded'],
      ['kpi-scorecard', 'KPI scorecard'],
      ['text', 'Wins and misses'],
      ['risks-dependencies', 'Risks, issues and cross-functional dependencies'],
      ['ranking-result', 'Ranking result and alignment'],
      ['board-snapshot', 'Trade-offs made: what we will not do'],
      ['priorities-focus', 'Next quarter’s priorities and single focus'],
      ['action-items', 'Action items'],
      ['decisions', 'Decision log'],
      ['appendix', 'Appendix'],
    ]);
    const scorecard = qbr.sections.find((s) => s.type === 'kpi-scorecard')!;
    expect(scorecard.prompts.join(' ')).toMatch(/actual, target, prior quarter, and status/);
  });

  it('the alignment checkpoint asks the three alignment questions', () => {
    const titles = byId('builtin-alignment-checkpoint')
      .sections.filter((s) => s.type === 'alignment')
      .map((s) => s.title);
    expect(titles).toEqual([
      'Are we giving our teams the same message?',
      'Do our departments support each other or pull apart?',
      'When we talk about success, do we describe the same outcome?',
    ]);
  });

  it('the two-day offsite is an agenda with a timebox on every block', () => {
    const offsite = byId('builtin-offsite-two-day');
    const blocks = offsite.sections.filter((s) => s.type !== 'title');
    expect(blocks.every((s) => s.minutes !== null && s.title.startsWith('Day '))).toBe(true);
    const day = (n: number) => totalMinutes(blocks.filter((s) => s.title.startsWith(`Day ${n} `)));
    expect(formatMinutes(day(1)!)).toBe('5 h 45 min');
    expect(formatMinutes(day(2)!)).toBe('5 h 30 min');
    expect(offsite.sections.some((s) => /\(\d+ min\)/.test(s.title))).toBe(false);
  });

  it('formats timeboxes the way people write them', () => {
    expect([15, 60, 90, 345].map(formatMinutes)).toEqual(['15 min', '1 h', '1 h 30 min', '5 h 45 min']);
    expect(totalMinutes([{ minutes: null }])).toBeNull();
    expect(totalMinutes([{ minutes: 30 }, { minutes: null }, { minutes: 15 }])).toBe(45);
  });

  it('every section type has a label, a description and a default title', () => {
    for (const type of SECTION_TYPES) {
      const info = SECTION_TYPE_INFO[type];
      expect(info.label.length).toBeGreaterThan(0);
      expect(info.description.length).toBeGreaterThan(0);
      expect(info.defaultTitle.length).toBeGreaterThan(0);
    }
  });

  it('each spec has a positive version and a release date', () => {
    for (const spec of BUILT_IN_SPECS) {
      expect(spec.version).toBeGreaterThanOrEqual(1);
      expect(Number.isNaN(Date.parse(spec.releasedAt))).toBe(false);
    }
  });
});
