import { mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failureOf, makeServices, readWorkspaceJson, sampleInput } from '../../support/services';

let s: Awaited<ReturnType<typeof makeServices>>;
beforeEach(async () => {
  s = await makeServices();
});
afterEach(() => s.cleanup());

const MARKER = 'SECRET-MARKER-7f3a';

/** Words of parsers, schema libraries and the OS that mean nothing to a facilitator. */
const TECHNICAL =
  /JSON|position \d|Unexpected (token|end)|Unrecognized key|Invalid (input|ISO|type|enum)|expected (string|number|object|array)|received|zod|Syntax|Bad control|\bE[A-Z]{3,}\b|undefined|\[object|at \$|\.\d+\./;

/** Damaged variants of a good file, each as bytes. */
function corpus(good: Record<string, unknown>): Array<[string, Buffer]> {
  const text = JSON.stringify(good, null, 2);
  const str = (t: string) => Buffer.from(t, 'utf8');
  return [
    ['truncated in the middle', str(text.slice(0, Math.floor(text.length / 2)))],
    ['cut after one byte', str(text.slice(0, 1))],
    ['empty', Buffer.alloc(0)],
    ['zero-filled', Buffer.alloc(4096)],
    ['random binary', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256))],
    ['not UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
    ['a raw control character in a string', str(text.replace(sampleInput.name, `Q1\u0001${MARKER}`))],
    ['a trailing comma', str(`${text.slice(0, -2)},\n}`)],
    ['a bare array', str(`["${MARKER}"]`)],
    ['a number', str('42')],
    ['a prototype key', str(`{"__proto__": {"polluted": "${MARKER}"}}`)],
    ['nested 100,000 deep', str('['.repeat(100_000) + ']'.repeat(100_000))],
    ['the name is a number', str(JSON.stringify({ ...good, name: 12345 }))],
    ['an unknown key', str(JSON.stringify({ ...good, [MARKER]: true }))],
    ['a bad date', str(JSON.stringify({ ...good, updatedAt: `yesterday ${MARKER}` }))],
    ['a missing field', str(JSON.stringify({ ...good, priorities: undefined }))],
    ['priorities is an object', str(JSON.stringify({ ...good, priorities: { a: MARKER } }))],
    [
      'a priority without a title',
      str(JSON.stringify({ ...good, priorities: [{ id: 'p1', marker: MARKER }] })),
    ],
    ['a negative schema version', str(JSON.stringify({ ...good, schemaVersion: -1 }))],
    ['a text schema version', str(JSON.stringify({ ...good, schemaVersion: MARKER }))],
    ['HTML instead of JSON', str(`<html><body>${MARKER}</body></html>`)],
    ['a CSV file', str(`Priority,Owner\n${MARKER},Dana\n`)],
  ];
}

describe('a damaged workspace file is explained in plain words', () => {
  it('for every file of a damaged corpus: no parser or schema words, no file contents, the original kept, what to do', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.save(opened.handle, opened.workspace);
    await s.workspaces.close(opened.handle);
    const good = (await readWorkspaceJson(opened.path)) as unknown as Record<string, unknown>;
    const cases = corpus(good);
    const problems: string[] = [];
    for (const [name, bytes] of cases) {
      const dir = join(s.documents, `Damaged ${cases.findIndex(([n]) => n === name)}`);
      await mkdir(dir);
      await writeFile(join(dir, 'workspace.json'), bytes);
      const failure = await failureOf(s.workspaces.openFolder(dir));
      if (failure === null) {
        problems.push(`${name}: opened`);
        continue;
      }
      const { message } = failure;
      if (TECHNICAL.test(message)) problems.push(`${name}: technical words: ${message}`);
      if (message.includes(MARKER)) problems.push(`${name}: quotes the file: ${message}`);
      if (!/kept, unchanged|not been changed|not read or changed|Nothing was changed/.test(message))
        problems.push(`${name}: does not say the original is kept: ${message}`);
      if (!/restore|backup|Pick|open|Replace/i.test(message))
        problems.push(`${name}: no next step: ${message}`);
      // Whatever was moved aside holds the original bytes.
      const kept = (await readdir(dir)).filter((n) => n.startsWith('workspace'));
      const original = await readFile(join(dir, kept[0]!));
      if (!original.equals(bytes)) problems.push(`${name}: original bytes changed`);
    }
    expect(problems).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(20);
  }, 60_000);

  it('OS errors name the problem, not its code; the code is kept for Details', async () => {
    const opened = await s.workspaces.create(sampleInput, s.documents);
    await s.workspaces.close(opened.handle);
    await unlink(join(opened.path, 'workspace.json'));
    await mkdir(join(opened.path, 'workspace.json'));
    const failure = (await failureOf(s.workspaces.openFolder(opened.path))) as {
      message: string;
      details?: string;
    } | null;
    expect(failure).not.toBeNull();
    expect(failure!.message).not.toMatch(TECHNICAL);
    expect(failure!.message).toMatch(/folder/);
  });
});
