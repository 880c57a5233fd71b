import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../src/shared/domain/deck';

describe('renderMarkdown', () => {
  it('renders headings, lists, bold and links', () => {
    const html = renderMarkdown(
      '## Goals\n\n- **Grow** EU\n- See [plan](https://example.com/plan) or [mail](mailto:a@b.c)',
    );
    expect(html).toContain('<h2>Goals</h2>');
    expect(html).toContain('<strong>Grow</strong>');
    expect(html).toContain('<a href="https://example.com/plan">plan</a>');
    expect(html).toContain('<a href="mailto:a@b.c">mail</a>');
  });

  it('keeps raw HTML as text', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('never links to javascript:, data:, vbscript: or relative URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '/etc/passwd',
      'file:///x',
    ]) {
      const html = renderMarkdown(`[x](${url})`);
      expect(html).not.toContain('<a');
    }
    expect(renderMarkdown('[x](java\tscript:alert(1))')).not.toContain('href');
  });

  it('shows no images (a deck never fetches anything)', () => {
    expect(renderMarkdown('![logo](https://example.com/logo.png)')).not.toContain('<img');
  });

  it('turns table alignment into classes, never style attributes', () => {
    const html = renderMarkdown('| a | b |\n|:--|--:|\n| 1 | 2 |');
    expect(html).not.toContain('style=');
    expect(html).toContain('class="deck-align-left"');
    expect(html).toContain('class="deck-align-right"');
  });
});
