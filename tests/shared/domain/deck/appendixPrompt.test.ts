import { describe, expect, it } from 'vitest';
import { buildSlides, createDeck, newSection, slideHtml } from '../../../../src/shared/domain/deck';
import { BUILT_IN_SPECS, materialize } from '../../../../src/shared/domain/templates/builtIns';
import { SECTION_TYPE_INFO } from '../../../../src/shared/domain/templates/sectionTypes';
import { qbrWorkspace } from '../../../support/qbrWorkspace';

const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe('the appendix slide', () => {
  const workspace = { ...qbrWorkspace(), deck: null };
  const withAppendix = BUILT_IN_SPECS.map(materialize).filter((t) =>
    t.sections.some((s) => s.type === 'appendix'),
  );

  it('never prints the template’s prompt: the prompt is guidance for the author', () => {
    expect(withAppendix.length).toBeGreaterThan(0);
    for (const template of withAppendix) {
      const deck = createDeck(template, workspace, counter());
      const prompts = template.sections.filter((s) => s.type === 'appendix').flatMap((s) => s.prompts);
      expect(prompts.length).toBeGreaterThan(0);
      const slides = buildSlides({ ...workspace, deck }, deck, { date: '2027-01-15' });
      const appendixIds = new Set(deck.sections.filter((s) => s.type === 'appendix').map((s) => s.id));
      const printed = slides
        .map((slide, index) => ({ slide, index }))
        .filter(({ slide }) => appendixIds.has(slide.sectionId))
        .map(({ slide, index }) =>
          slideHtml(slide, { index, total: slides.length }, { confidential: true, organisation: '' }),
        )
        .join('\n');
      expect(printed).toContain('Appendix');
      for (const prompt of prompts) expect(printed).not.toContain(prompt.slice(0, 40));
    }
  });

  it('starts empty when added to a deck by hand, too', () => {
    const section = newSection('appendix', workspace, 'a1');
    expect(section.markdown).toBe('');
    expect(SECTION_TYPE_INFO.appendix.defaultPrompts.length).toBeGreaterThan(0);
  });
});
