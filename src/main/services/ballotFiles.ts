import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BallotFileData } from '../../shared/domain/translation/ballotFileData';

/**
 * Ballot files for the translation check: the built page (one self-contained HTML file,
 * `npm run build:ballot-file`) filled with one respondent's data. Each file gets a CSP
 * naming its inlined script and style by hash and forbidding every connection, so the page
 * can run nothing else and reach nothing, opened from a mail attachment or a USB stick.
 */

const INLINE_SCRIPT = /<script type="module"[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function hashesOf(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => hashOf(m[1]!));
}

/** The file's policy: its own inlined code and styles, data: images, and nothing that connects. */
export function ballotFilePolicy(template: string): string {
  const scripts = hashesOf(template, INLINE_SCRIPT);
  const styles = hashesOf(template, INLINE_STYLE);
  if (scripts.length === 0)
    throw new Error('The ballot page has no inlined script: it was not built as one file.');
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${styles.join(' ') || "'none'"}`,
    'img-src data:',
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * JSON that can sit inside a <script> block: `<` written as \u003c, so no title such as
 * "</script><script>…" can end the block; the line separators JavaScript once rejected, too.
 */
function embeddableJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** One respondent's ballot file: the page, its policy first in <head>, and its data. */
export function ballotFileHtml(template: string, data: BallotFileData): string {
  const checked = BallotFileData.parse(data);
  const policy = `<meta http-equiv="Content-Security-Policy" content="${ballotFilePolicy(template)}" />`;
  const block = `<script type="application/json" id="ballot-data">${embeddableJson(checked)}</script>`;
  const head = template.indexOf('<head>');
  if (head < 0) throw new Error('The ballot page has no <head>.');
  const at = head + '<head>'.length;
  const withPolicy = `${template.slice(0, at)}\n    ${policy}${template.slice(at)}`;
  return withPolicy.replace('</body>', `  ${block}\n  </body>`);
}

export type BallotFileTemplate = { built: true; html: string } | { built: false; message: string };

/** The built page, or why there is none (a developer checkout that has not run the build). */
export async function loadBallotFileTemplate(dir: string): Promise<BallotFileTemplate> {
  try {
    return { built: true, html: await readFile(join(dir, 'index.html'), 'utf8') };
  } catch {
    return {
      built: false,
      message: 'The ballot file page is not built: run `npm run build:ballot-file` (or `npm run build`).',
    };
  }
}
