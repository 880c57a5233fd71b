import fc from 'fast-check';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDispatcher, trustedSenderCheck } from '../../../src/main/ipc/dispatch';
import type { HandlerMap } from '../../../src/main/ipc/handlers';
import { CHANNEL_NAMES } from '../../../src/shared/ipc/channels';
import { contract } from '../../../src/shared/ipc/contract';
import { handlersOver, makeServices, sampleInput } from '../../support/services';

const APP = 'app://offsite/index.html';

/** Every file below `root` with its bytes: "changes nothing" means this is identical before and after. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (dir: string) => {
    for (const name of await readdir(dir)) {
      const path = join(dir, name);
      if ((await stat(path)).isDirectory()) await walk(path);
      else out[path] = (await readFile(path)).toString('base64');
    }
  };
  await walk(root);
  return out;
}

let s: Awaited<ReturnType<typeof makeServices>>;
let handlers: HandlerMap;
let handle: string;
beforeAll(async () => {
  s = await makeServices();
  handlers = handlersOver(s);
  handle = (await s.workspaces.create(sampleInput, s.documents)).handle;
});
afterAll(() => s.cleanup());

describe('IPC dispatch', () => {
  it('answers a well-formed request from the app window', async () => {
    const dispatch = createDispatcher(handlers, { isTrustedSender: trustedSenderCheck(['app://offsite']) });
    const result = await dispatch('workspace:listRecent', {}, APP);
    expect(result).toMatchObject({ ok: true, value: [expect.objectContaining({ name: sampleInput.name })] });
  });

  it('refuses requests from any other frame without running a handler', async () => {
    const spy = vi.fn(() => Promise.resolve([]));
    const dispatch = createDispatcher(
      { ...handlers, 'workspace:listRecent': spy },
      {
        isTrustedSender: trustedSenderCheck(['app://offsite']),
      },
    );
    for (const url of [
      undefined,
      'https://evil.example/',
      'file:///etc/passwd',
      'app://offsite.evil/',
      'app://other/x',
    ]) {
      expect(await dispatch('workspace:listRecent', {}, url)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('answers unknown channels, including prototype names, with BAD_REQUEST', async () => {
    const dispatch = createDispatcher(handlers, { isTrustedSender: () => true });
    for (const channel of ['nope', '__proto__', 'constructor', 'toString', 'workspace:delete']) {
      expect(await dispatch(channel, {}, APP)).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    }
  });

  it('a refused workspace is named as the user sees it, not by its path in the request', async () => {
    const dispatch = createDispatcher(handlers, { isTrustedSender: trustedSenderCheck(['app://offsite']) });
    const opened = await s.workspaces.readFromDisk(handle);
    const priorities = Array.from({ length: 60 }, (_, i) => ({
      id: `p${i + 1}`,
      title: i === 57 ? `Office in Lisbon for the southern team ${'x'.repeat(461)}` : `Priority ${i + 1}`,
      description: '',
      owner: '',
      department: '',
      impact: 5,
      effort: 5,
      horizon: 'now' as const,
      status: 'candidate' as const,
      scores: {},
    }));
    const result = await dispatch('workspace:save', { handle, workspace: { ...opened, priorities } }, APP);
    expect(result).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message:
        'Priority 58, “Office in Lisbon for the southern team…”: the title is 500 characters; at most 200.',
    });
  });

  it('turns an unexpected failure into a generic message and logs the detail', async () => {
    const logError = vi.fn();
    const dispatch = createDispatcher(
      { ...handlers, 'workspace:listRecent': () => Promise.reject(new TypeError('secret internals')) },
      { isTrustedSender: () => true, logError },
    );
    const result = await dispatch('workspace:listRecent', {}, APP);
    expect(result).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(JSON.stringify(result)).not.toContain('secret internals');
    expect(logError).toHaveBeenCalledWith('workspace:listRecent', expect.any(TypeError));
  });

  it('V5: every channel fed generated garbage answers {ok:false} and changes nothing on disk', async () => {
    const dispatch = createDispatcher(handlers, { isTrustedSender: () => true });
    const before = await snapshot(s.root);
    const garbage = fc.oneof(
      fc.anything(),
      fc.record({ handle: fc.oneof(fc.constant(handle), fc.string()), workspace: fc.anything() }),
      fc.record({
        path: fc.oneof(fc.string(), fc.constant('../../etc'), fc.constant('/\0/x')),
        name: fc.anything(),
      }),
      fc.record({ input: fc.record({ name: fc.anything(), kind: fc.string() }), parentDir: fc.anything() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES), garbage, async (channel, payload) => {
        const valid = contract[channel].request.safeParse(payload).success;
        fc.pre(!valid);
        const result = await dispatch(channel, payload, APP);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
    expect(await snapshot(s.root)).toEqual(before);
  });
});
