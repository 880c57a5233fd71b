import { describe, expect, it } from 'vitest';
import { createDeck, DEFAULT_DECK_ORDER, newSection } from '../../../../src/shared/domain/deck';
import { SECTION_TYPES } from '../../../../src/shared/domain/templates/schema';
import { BUILT_IN_SPECS, materialize } from '../../../../src/shared/domain/templates/builtIns';
import { castBallot, createRound, revealRound } from '../../../../src/shared/domain/rounds';
import { Workspace } from '../../../../src/shared/domain/workspace';
import { qbrWorkspace } from '../../../support/qbrWorkspace';

const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe('createDeck', () => {
  const workspace = { ...qbrWorkspace(), deck: null };

  it('follows the template section by section, keeping titles and turning prompts into bullets', () => {
    for (const spec of BUILT_IN_SPECS) {
      const template = materialize(spec);
      const deck = createDeck(template, workspace, counter());
      expect(deck.templateId).toBe(template.id);
      expect(deck.sections.map((s) => s.type)).toEqual(template.sections.map((s) => s.type));
      template.sections.forEach((ts, i) => {
        const section = deck.sections[i]!;
        if (section.type === 'title') return;
        if (ts.title.trim()) expect(section.title).toBe(ts.title.trim());
        if (['text', 'agenda'].includes(section.type)) {
          expect(section.markdown).toBe(ts.prompts.map((p) => `- ${p}`).join('\n'));
        }
        // An appendix's prompt is guidance only (see appendixPrompt.test.ts).
        if (section.type === 'appendix') expect(section.markdown).toBe('');
      });
      expect(() => Workspace.parse({ ...workspace, deck })).not.toThrow();
    }
  });

  it('makes the default QBR order without a template, confidential by default', () => {
    const deck = createDeck(null, workspace, counter());
    expect(deck.templateId).toBeNull();
    expect(deck.confidential).toBe(true);
    expect(deck.sections.map((s) => s.type)).toEqual(DEFAULT_DECK_ORDER);
    expect(new Set(deck.sections.map((s) => s.id)).size).toBe(deck.sections.length);
  });

  it('points ranking sections at the newest revealed round, never an open one', () => {
    let w = createRound(
      workspace,
      { question: 'Later', method: 'order', itemIds: ['pr1', 'pr2'] },
      'r2',
      new Date('2027-01-16T10:00:00Z'),
    );
    w = castBallot(
      w,
      'r2',
      'p1',
      { kind: 'order', tiers: [['pr2'], ['pr1']] },
      new Date('2027-01-16T10:30:00Z'),
    );
    w = revealRound(w, 'r2', new Date('2027-01-16T11:00:00Z'));
    w = createRound(
      w,
      { question: 'Still open', method: 'order', itemIds: ['pr1', 'pr2'] },
      'r3',
      new Date('2027-01-17T10:00:00Z'),
    );
    const deck = createDeck(null, w, counter());
    const ranking = deck.sections.find((s) => s.type === 'ranking-result');
    expect(ranking && 'roundId' in ranking ? ranking.roundId : undefined).toBe('r2');
    const none = createDeck(null, { ...w, rounds: [] }, counter());
    const empty = none.sections.find((s) => s.type === 'alignment');
    expect(empty && 'roundId' in empty ? empty.roundId : undefined).toBeNull();
  });
});

describe('newSection', () => {
  it('makes a valid section of every type', () => {
    const w = { ...qbrWorkspace(), deck: null };
    const sections = SECTION_TYPES.map((type, i) => newSection(type, w, `n${i}`));
    sections.forEach((s, i) => expect(s.type).toBe(SECTION_TYPES[i]));
    expect(() =>
      Workspace.parse({ ...w, deck: { templateId: null, confidential: true, sections } }),
    ).not.toThrow();
  });

  it('starts the title slide with the workspace name and KPI tables empty', () => {
    const w = qbrWorkspace();
    const title = newSection('title', w, 't');
    expect(title.title).toBe('Q1 2027 Leadership Offsite');
    expect(title.type === 'title' && title.subtitle).toBe('Quarterly business review');
    const kpi = newSection('kpi-scorecard', w, 'k');
    expect(kpi.type === 'kpi-scorecard' && kpi.rows).toEqual([]);
  });
});
