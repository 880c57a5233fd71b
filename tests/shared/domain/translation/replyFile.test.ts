import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checksumOf,
  importReplies,
  importReplyFiles,
  rankingsByDepartment,
  readReply,
  replyText,
  REPLY_VERSION,
  sha256Hex,
  type AcceptedReply,
  type ReplyExpectation,
  type ReplyFields,
} from '../../../../src/shared/domain/translation';

const EXPECTED: ReplyExpectation = {
  workspaceId: 'ws-1',
  roundId: 'round-q3',
  tokens: [
    { token: 'tok-ana-0001', departmentId: 'sales', respondent: 'Ana' },
    { token: 'tok-anon-002', departmentId: 'eng', respondent: null },
  ],
  itemIds: ['eu', 'sso', 'cfo'],
};

const fields = (more: Partial<ReplyFields> = {}): ReplyFields => ({
  workspaceId: 'ws-1',
  roundId: 'round-q3',
  token: 'tok-ana-0001',
  submittedAt: '2026-12-03T10:42:00.000Z',
  order: ['sso', 'eu', 'cfo'],
  ...more,
});

const read = (more: Partial<ReplyFields> = {}) => readReply(replyText(fields(more)), EXPECTED);
const accepted = (more: Partial<ReplyFields> = {}): AcceptedReply => {
  const r = read(more);
  if (!r.ok) throw new Error(r.message);
  return r.reply;
};

describe('the SHA-256 behind the checksum', () => {
  it('matches Node’s for empty, block-edge, long and non-Latin text', () => {
    for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'x'.repeat(1000), '王芳 é 😀']) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });
});

describe('reading a ballot reply', () => {
  it('accepts a reply of this round and says whose it is', () => {
    const r = read();
    expect(r).toEqual({
      ok: true,
      reply: {
        ...fields(),
        answers: [],
        checksum: checksumOf(fields()),
        departmentId: 'sales',
        respondent: 'Ana',
      },
    });
  });

  it('explains a reply whose contents no longer match its checksum', () => {
    const text = replyText(fields()).replace('"sso","eu"', '"eu","sso"');
    expect(readReply(text, EXPECTED)).toEqual({
      ok: false,
      problem: 'corrupted',
      message:
        'This reply is damaged: its contents no longer match its checksum, so it was not counted. Ask the respondent to send the file again.',
    });
    expect(readReply(replyText(fields()).slice(0, -10), EXPECTED)).toMatchObject({ problem: 'not-a-reply' });
  });

  it('refuses a file that is not a reply, or one from a newer app', () => {
    expect(readReply('{"format":"offsite-parking-lot","version":1}', EXPECTED)).toMatchObject({
      problem: 'not-a-reply',
      message: 'This file is not an Offsite ballot reply.',
    });
    expect(readReply('x'.repeat(300_000), EXPECTED)).toMatchObject({ problem: 'not-a-reply' });
    const newer = JSON.stringify({ ...JSON.parse(replyText(fields())), version: REPLY_VERSION + 1 });
    expect(readReply(newer, EXPECTED)).toMatchObject({ problem: 'newer-version' });
  });

  it('refuses replies from another workspace, another round or an unknown token, saying which', () => {
    expect(read({ workspaceId: 'ws-2' })).toMatchObject({
      problem: 'other-workspace',
      message: 'This reply answers a ballot from another workspace; it was not counted.',
    });
    expect(read({ roundId: 'round-q2' })).toMatchObject({ problem: 'other-round' });
    expect(read({ token: 'tok-never-given' })).toMatchObject({
      problem: 'unknown-token',
      message: 'This reply carries a token that was not handed out for this round; it was not counted.',
    });
  });

  it('refuses a reply ranking something not on the ballot, or one priority twice', () => {
    expect(read({ order: ['eu', 'golf'] })).toMatchObject({
      problem: 'wrong-items',
      message: 'The reply from Ana ranks priorities that are not on this ballot; it was not counted.',
    });
    expect(read({ token: 'tok-anon-002', order: ['eu', 'eu'] })).toMatchObject({
      message: 'The reply from an anonymous respondent lists one priority twice; it was not counted.',
    });
  });

  it('catches any single changed character of a reply', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.record({
          workspaceId: id,
          roundId: id,
          token: fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/),
          submittedAt: fc
            .date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
          order: fc.uniqueArray(id, { minLength: 1, maxLength: 8 }),
        }),
        fc.nat(),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        (reply, at, replacement) => {
          const expected = {
            workspaceId: reply.workspaceId,
            roundId: reply.roundId,
            tokens: [{ token: reply.token, departmentId: 'd', respondent: null }],
          };
          const text = replyText(reply);
          expect(readReply(text, expected).ok).toBe(true);
          const i = at % text.length;
          fc.pre(text[i] !== replacement);
          const changed = text.slice(0, i) + replacement + text.slice(i + 1);
          expect(readReply(changed, expected).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
    // A thousand replies each read twice: generous on a busy two-core machine.
  }, 30_000);
});

describe('importing replies', () => {
  it('counts the newer of two replies for one token, whatever order they arrive in, and says so', () => {
    const older = accepted({ submittedAt: '2026-12-02T09:15:00.000Z', order: ['eu', 'sso', 'cfo'] });
    const newer = accepted();
    const other = accepted({ token: 'tok-anon-002' });
    const forward = importReplies([older, other], [newer]);
    expect(forward.replies).toEqual([newer, other]);
    expect(forward.replaced).toEqual([
      {
        token: 'tok-ana-0001',
        kept: newer,
        dropped: older,
        message:
          'Ana replied twice: the reply of 2026-12-03 10:42 UTC is counted and the one of 2026-12-02 09:15 UTC is not.',
      },
    ]);
    const backward = importReplies([newer], [older]);
    expect(backward.replies).toEqual([newer]);
    expect(backward.replaced[0]).toMatchObject({ kept: newer, dropped: older });
  });

  it('skips a copy of a reply already counted, and names an anonymous sender by ballot', () => {
    const reply = accepted({ token: 'tok-anon-002' });
    const result = importReplies([reply], [reply]);
    expect(result.replies).toEqual([reply]);
    expect(result.replaced).toEqual([]);
    expect(result.duplicates[0]!.message).toBe(
      'An anonymous respondent (ballot tok-an…)’s reply of 2026-12-03 10:42 UTC was already counted; the copy was skipped.',
    );
  });

  it('imports a batch of files, naming each refused file, and groups the counted orders by department', () => {
    const files = [
      { name: 'ana.json', text: replyText(fields()) },
      { name: 'anon.json', text: replyText(fields({ token: 'tok-anon-002', order: ['cfo'] })) },
      { name: 'old.json', text: replyText(fields({ roundId: 'round-q2' })) },
    ];
    const result = importReplyFiles([], files, EXPECTED);
    expect(result.replies.map((r) => r.token)).toEqual(['tok-ana-0001', 'tok-anon-002']);
    expect(result.problems).toEqual([
      {
        file: 'old.json',
        problem: 'other-round',
        message:
          'old.json: This reply answers another round of this workspace (an earlier quarter’s ballot, perhaps); it was not counted.',
      },
    ]);
    expect(
      rankingsByDepartment(result.replies, [
        { id: 'sales', name: 'Sales' },
        { id: 'eng', name: 'Engineering' },
        { id: 'ops', name: 'Ops' },
      ]),
    ).toEqual([
      { departmentId: 'sales', name: 'Sales', rankings: [['sso', 'eu', 'cfo']] },
      { departmentId: 'eng', name: 'Engineering', rankings: [['cfo']] },
      { departmentId: 'ops', name: 'Ops', rankings: [] },
    ]);
  });
});
