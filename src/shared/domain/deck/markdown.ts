import MarkdownIt from 'markdown-it';

/**
 * Markdown as the facilitator writes it (headings, lists, bold, links, tables), rendered
 * to markup that cannot run anything: raw HTML is off (`html: false`, so `<script>` stays
 * text), images are off (a deck never fetches), and a link keeps its href only when it is
 * http(s) or mailto; any other link (javascript:, data:, vbscript:, relative) is rendered
 * as plain text. Table alignment becomes a class, because the app's CSP refuses style
 * attributes.
 */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
md.disable(['image']);
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
md.core.ruler.push('deck_alignment_classes', (state) => {
  for (const token of state.tokens) {
    const style = token.attrGet('style');
    if (typeof style !== 'string') continue;
    const align = /text-align:(left|center|right)/.exec(style)?.[1];
    token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
    if (align) token.attrJoin('class', `deck-align-${align}`);
  }
});

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/**
 * Splits long markdown between top-level blocks so a slide holds about `budget` lines;
 * a block longer than the budget gets a slide of its own rather than being cut.
 */
export function splitMarkdown(source: string, budget = 16): string[] {
  const blocks = source.split(/\n\s*\n/).filter((b) => b.trim().length > 0);
  const chunks: string[] = [];
  let current: string[] = [];
  let used = 0;
  for (const block of blocks) {
    const weight = block.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 95)), 0);
    if (current.length > 0 && used + weight > budget) {
      chunks.push(current.join('\n\n'));
      current = [];
      used = 0;
    }
    current.push(block);
    used += weight + 1;
  }
  if (current.length > 0) chunks.push(current.join('\n\n'));
  return chunks.length > 0 ? chunks : [''];
}
