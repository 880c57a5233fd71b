import { describe, expect, it } from 'vitest';
import { buildSlides, slideHtml, type SlideOf } from '../../../../src/shared/domain/deck';
import type { Contribution, Department } from '../../../../src/shared/domain/cascade';
import type { Workspace } from '../../../../src/shared/domain/workspace';
import { validQbrWorkspace } from '../../../support/qbrWorkspace';

/**
 * The open quarter of the QBR fixture: Launch EU (pr1, the focus), Self-serve onboarding
 * (pr2) and SOC 2 audit (pr3) committed; Partner API (pr4) a candidate.
 */
function withSections(w: Workspace): Workspace {
  return {
    ...w,
    deck: {
      ...w.deck!,
      sections: [
        { id: 'hear', type: 'team-messages', title: 'What every team will hear', markdown: '' },
        { id: 'cascade', type: 'cascade', title: 'Cascade', markdown: '' },
      ],
    },
  };
}
const slidesOf = <K extends 'team-messages' | 'cascade'>(w: Workspace, kind: K) =>
  buildSlides(w, w.deck!, { date: '2027-01-15' }).filter((s): s is SlideOf<K> => s.kind === kind);
const html = (w: Workspace) => {
  const slides = buildSlides(w, w.deck!, { date: '2027-01-15' });
  return slides
    .map((s, index) =>
      slideHtml(s, { index, total: slides.length }, { confidential: true, organisation: 'N' }),
    )
    .join('');
};

describe('what every team will hear', () => {
  const agreed: Workspace = withSections({
    ...validQbrWorkspace(),
    agreedMessages: [
      'We launch in the EU in May.',
      'Onboarding is self-serve by June.',
      'SOC 2 comes before new features.',
    ],
    successDefinition: { priorityId: 'pr1', metric: 'EU revenue', target: '€2m ARR by 30 June' },
    carriedIn: {
      fromWorkspaceId: 'q4-2026',
      fromPeriod: '2026-Q4',
      commitments: [],
      previousSuccess: {
        title: 'SOC 2 audit',
        metric: 'Audit passed',
        target: 'By 31 December',
        grade: 'partly',
      },
      kpiRows: [],
    },
  });

  it('numbers the agreed messages and states what success means, with last quarter’s graded', () => {
    const [slide, ...more] = slidesOf(agreed, 'team-messages');
    expect(more).toEqual([]);
    expect(slide!.content).toMatchObject({
      messages: agreed.agreedMessages,
      firstNumber: 1,
      empty: null,
      success: { priority: 'Launch EU', metric: 'EU revenue', target: '€2m ARR by 30 June' },
      previous: {
        period: '2026-Q4',
        title: 'SOC 2 audit',
        metric: 'Audit passed',
        target: 'By 31 December',
        grade: 'Partly',
      },
    });
    const out = html(agreed);
    expect(out).toContain('<ol class="deck-messages" start="1">');
    expect(out).toContain('Graded: Partly');
  });

  it('says in words what has not been agreed yet', () => {
    const none = withSections({
      ...validQbrWorkspace(),
      agreedMessages: [],
      successDefinition: null,
      carriedIn: null,
    });
    const [slide] = slidesOf(none, 'team-messages');
    expect(slide!.content.empty).toBe('No agreed messages yet: agree them in the same-message check.');
    expect(slide!.content.success).toEqual({
      empty: 'No success definition yet: agree it in the success check.',
    });
    expect(slide!.content.previous).toBeNull();
  });

  it('a definition about a card no longer committed reads as none', () => {
    const stale = withSections({
      ...agreed,
      successDefinition: { priorityId: 'pr5', metric: 'm', target: 't' },
    });
    expect(slidesOf(stale, 'team-messages')[0]!.content.success).toEqual({
      empty: 'No success definition yet: agree it in the success check.',
    });
  });

  it('moves on to a second slide when three long messages leave no room, numbering on', () => {
    const long = '交付'.repeat(60) + ' and the EU launch plan in every team meeting this week. '.repeat(2);
    const crowded = withSections({ ...agreed, agreedMessages: [long, long, long] });
    const slides = slidesOf(crowded, 'team-messages');
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.flatMap((s) => s.content.messages)).toHaveLength(3);
    expect(slides.map((s) => s.content.firstNumber)).toEqual(
      slides.map((_, i) => 1 + slides.slice(0, i).reduce((n, s) => n + s.content.messages.length, 0)),
    );
    expect(slides.filter((s) => s.content.success !== null)).toHaveLength(1);
    expect(slides[slides.length - 1]!.content.success).not.toBeNull();
  });
});

const dept = (id: string, name: string, capacity: number): Department => ({ id, name, capacity });
const contribution = (
  id: string,
  departmentId: string,
  objective: string,
  priorityIds: string[],
  extra: Partial<Contribution> = {},
): Contribution => ({
  id,
  departmentId,
  objective,
  owner: 'Ana',
  measure: 'Signed contracts',
  horizon: 'now',
  effort: 2,
  priorityIds,
  ...extra,
});

describe('the cascade slides', () => {
  const base = validQbrWorkspace();
  const w = withSections({
    ...base,
    cascade: {
      departments: [dept('sales', 'Sales', 3), dept('rd', '研发部（平台与基础设施）', 10)],
      contributions: [
        contribution('c1', 'sales', 'Sign 10 EU resellers', ['pr1'], { effort: 3 }),
        contribution('c2', 'rd', 'EU data residency', ['pr1'], {
          owner: '王芳',
          measure: '',
          horizon: 'next',
        }),
        contribution('c3', 'sales', 'Self-serve trial funnel', ['pr2']),
        contribution('c4', 'rd', 'Internal hackathon', []),
      ],
    },
  });
  const slides = slidesOf(w, 'cascade');

  it('lists per committed priority, focus first, each department’s objective, owner, measure and horizon', () => {
    const priorities = slides.flatMap((s) => s.content.priorities);
    expect(priorities.map((p) => [p.title, p.isFocus, p.rows.length, p.none])).toEqual([
      ['Launch EU', true, 2, null],
      ['Self-serve onboarding', false, 1, null],
      ['SOC 2 audit', false, 0, 'No department contributes yet.'],
    ]);
    expect(priorities[0]!.rows).toEqual([
      {
        department: 'Sales',
        objective: 'Sign 10 EU resellers',
        owner: 'Ana',
        measure: 'Signed contracts',
        horizon: 'Now',
      },
      {
        department: '研发部（平台与基础设施）',
        objective: 'EU data residency',
        owner: '王芳',
        measure: '',
        horizon: 'Next',
      },
    ]);
  });

  it('says each flag in words, named by its kind', () => {
    const flags = slides.flatMap((s) => s.content.flags);
    expect(flags.map((f) => f.kind).sort()).toEqual(['Orphan objective', 'Overloaded', 'Uncovered priority']);
    expect(flags.find((f) => f.kind === 'Overloaded')!.message).toContain(
      'Sales has 5 effort points of objectives against a capacity of 3 (2 over)',
    );
    expect(slides[0]!.content.flagSummary).toBe('3 flags to look at.');
    expect(html(w)).toContain('<td><span dir="auto">研发部（平台与基础设施）</span></td>');
  });

  it('continues a long cascade over further slides, every objective once, headings carried on', () => {
    const long = Array.from({ length: 40 }, (_, i) =>
      contribution(
        `x${i}`,
        i % 2 ? 'rd' : 'sales',
        `${i % 2 ? '第' + i + '项：欧洲市场上线的数据驻留、法务审查与合作伙伴渠道' : 'Objective ' + i + ': win the Nordic and DACH reseller channel before the EU launch'}`,
        ['pr1'],
      ),
    );
    const big = withSections({
      ...base,
      cascade: { departments: w.cascade.departments, contributions: long },
    });
    const parts = slidesOf(big, 'cascade');
    expect(parts.length).toBeGreaterThan(2);
    const objectives = parts.flatMap((s) =>
      s.content.priorities.flatMap((p) => p.rows.map((r) => r.objective)),
    );
    expect(objectives).toHaveLength(40);
    expect(new Set(objectives).size).toBe(40);
    expect(parts[1]!.content.priorities[0]).toMatchObject({ title: 'Launch EU', continued: true });
  });

  it('says so when nothing is committed', () => {
    const none = withSections({
      ...base,
      priorities: base.priorities.map((p) => ({ ...p, status: 'candidate' as const })),
    });
    expect(slidesOf(none, 'cascade')[0]!.content.empty).toBe(
      'Nothing is committed yet: commit priorities in the Priorities tab.',
    );
  });
});
