import { describe, expect, it } from 'vitest';
import { buildSlides, escapeHtml, slideHtml } from '../../../../src/shared/domain/deck';
import { qbrWorkspace } from '../../../support/qbrWorkspace';

const w = qbrWorkspace();
const slides = buildSlides(w, w.deck!, { date: '2027-01-15' });
const footer = { confidential: true, organisation: 'Northwind Traders' };
const html = (i: number, f = footer) => slideHtml(slides[i]!, { index: i, total: slides.length }, f);

describe('slideHtml', () => {
  it('is one deck-slide section with the page number', () => {
    const out = html(2);
    expect(out).toMatch(/^<section class="deck-slide deck-slide-kpi"[^>]*>[\s\S]*<\/section>$/);
    expect(out).toContain(`3 / ${slides.length}`);
    expect(out.match(/<section/g)).toHaveLength(1);
  });

  it('says Confidential in the footer unless turned off', () => {
    expect(html(3)).toContain('Confidential');
    expect(html(3, { ...footer, confidential: false })).not.toContain('Confidential');
  });

  it('shows the title slide with organisation, period and date', () => {
    const out = html(0);
    for (const text of ['Northwind Traders', 'Q1 2027 Leadership Offsite', '2027-Q1', '15 January 2027']) {
      expect(out).toContain(text);
    }
  });

  it('draws charts as inline SVG and uses no style attributes anywhere', () => {
    const all = slides.map((_, i) => html(i)).join('');
    expect(all).toContain('<svg class="deck-gauge"');
    expect(all).toContain('<svg class="deck-spread"');
    expect(all).toContain('<svg class="deck-heatmap"');
    expect(all).not.toMatch(/\sstyle=/);
  });

  it('shows the table rows a user entered', () => {
    const kpi = html(slides.findIndex((s) => s.kind === 'kpi'));
    expect(kpi).toContain('Net revenue retention');
    expect(kpi).toContain('112%');
    expect(kpi).toContain('On track');
    expect(kpi).toContain('14 days');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
