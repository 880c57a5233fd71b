import { describe, expect, it } from 'vitest';
import { buildSlides, newSection, SECTION_CATALOGUE, sectionSpec } from '../../../../src/shared/domain/deck';
import { SECTION_TYPE_INFO, SECTION_TYPES } from '../../../../src/shared/domain/templates';
import { DeckSection } from '../../../../src/shared/domain/workspace';
import { qbrWorkspace } from '../../../support/qbrWorkspace';

describe('the section catalogue', () => {
  const workspace = { ...qbrWorkspace(), deck: null };

  it('describes every template section type, in the templates’ order', () => {
    expect(Object.keys(SECTION_CATALOGUE)).toEqual([...SECTION_TYPES]);
    expect(Object.keys(SECTION_TYPE_INFO)).toEqual([...SECTION_TYPES]);
  });

  it('starts each type with a section the stored schema accepts, and draws it as slides of its own', () => {
    for (const type of SECTION_TYPES) {
      const section = newSection(type, workspace, `s-${type}`);
      expect(DeckSection.parse(section)).toEqual(section);
      expect(section.type).toBe(type);
      const slides = buildSlides(
        workspace,
        { templateId: null, confidential: true, sections: [section] },
        { date: '2026-03-31' },
      );
      expect(slides.length, type).toBeGreaterThan(0);
      expect(slides.every((s) => s.sectionId === section.id)).toBe(true);
    }
  });

  it('says where a live section’s content comes from, and nothing for sections written by hand', () => {
    expect(sectionSpec('decisions').liveSource?.(workspace)).toMatch(/^The decision log: \d+ decisions?\./);
    expect(sectionSpec('text').liveSource).toBeNull();
    expect(sectionSpec('kpi-scorecard').liveSource).toBeNull();
  });

  it('turns template prompts into bullets for written sections, but never prints an appendix prompt', () => {
    const start = { id: 'a', workspace, title: 'Notes', prompts: ['First  point', 'Second'] };
    expect(sectionSpec('text').create(start).markdown).toBe('- First point\n- Second');
    expect(sectionSpec('appendix').create(start).markdown).toBe('');
  });
});
