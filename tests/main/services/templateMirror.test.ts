import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../src/main/ipc/handlers';
import { isTempFileName } from '../../../src/main/services/atomicWrite';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import { RecentStore } from '../../../src/main/services/recentStore';
import { MIRROR_FILE, TemplateMirror } from '../../../src/main/services/templateMirror';
import type { WorkspaceService } from '../../../src/main/services/workspaceService';
import {
  builtInTemplates,
  createUserTemplate,
  duplicateTemplate,
  type Template,
} from '../../../src/shared/domain/templates';
import { faultyFs } from '../../support/faultyFs';
import { makeTempDir } from '../../support/tempDir';

const NOW = new Date('2026-11-21T09:00:00.000Z');
let dir: { path: string; cleanup: () => Promise<void> };
let mirror: TemplateMirror;
beforeEach(async () => {
  dir = await makeTempDir('offsite-mirror-');
  mirror = new TemplateMirror(nodeFsPort, dir.path, () => NOW);
});
afterEach(() => dir.cleanup());

let n = 0;
const ids = () => `t-${++n}`;
function sample(): Template[] {
  const mine = createUserTemplate(
    { name: 'Board prep', kind: 'qbr', description: 'Línea <b>dos</b>' },
    ids,
    NOW,
  );
  const copy = duplicateTemplate(builtInTemplates()[2]!, [], ids, NOW);
  return [mine, copy];
}
const file = () => join(dir.path, MIRROR_FILE);

describe('TemplateMirror', () => {
  it('reads nothing before the first write, then exactly what was written', async () => {
    expect(await mirror.read()).toBeNull();
    const templates = sample();
    expect(await mirror.write(templates)).toEqual({ savedAt: NOW.toISOString() });
    expect(await mirror.read()).toEqual({ savedAt: NOW.toISOString(), templates });
    const onDisk = JSON.parse(await readFile(file(), 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ format: 'offsite.templates-mirror', version: 1 });
    expect((await readdir(dir.path)).filter(isTempFileName)).toEqual([]);
  });

  it('creates the data folder when it is missing', async () => {
    const nested = new TemplateMirror(nodeFsPort, join(dir.path, 'a', 'b'), () => NOW);
    await nested.write(sample());
    expect((await nested.read())?.templates).toHaveLength(2);
  });

  it('keeps concurrent writes in the order they were asked for', async () => {
    const [a, b] = sample();
    await Promise.all([mirror.write([a!]), mirror.write([a!, b!]), mirror.write([b!])]);
    expect((await mirror.read())?.templates).toEqual([b]);
  });

  const damaged: Array<[string, string]> = [
    ['not JSON', '{"format": "offsite.templates-mirror", '],
    ['a __proto__ key', '{"__proto__": {"polluted": true}}'],
    [
      'the wrong shape',
      JSON.stringify({ format: 'offsite.templates-mirror', version: 1, savedAt: 'x', templates: 7 }),
    ],
    [
      'a built-in in it',
      JSON.stringify({
        format: 'offsite.templates-mirror',
        version: 1,
        savedAt: NOW.toISOString(),
        templates: [builtInTemplates()[0]],
      }),
    ],
  ];
  for (const [what, text] of damaged) {
    it(`sets a copy with ${what} aside, bytes unchanged, and reports it`, async () => {
      await writeFile(file(), text);
      await expect(mirror.read()).rejects.toMatchObject({ code: 'CORRUPT', message: /damaged.*set aside/ });
      const names = await readdir(dir.path);
      expect(names).not.toContain(MIRROR_FILE);
      const aside = names.find((name) => name.startsWith('templates.damaged-'))!;
      expect(await readFile(join(dir.path, aside), 'utf8')).toBe(text);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(await mirror.read()).toBeNull();
    });
  }

  it('does not touch a copy written by a newer Offsite', async () => {
    const text = JSON.stringify({
      format: 'offsite.templates-mirror',
      version: 9,
      savedAt: '',
      templates: [],
    });
    await writeFile(file(), text);
    await expect(mirror.read()).rejects.toMatchObject({ code: 'TOO_NEW' });
    expect(await readFile(file(), 'utf8')).toBe(text);
  });

  for (const code of ['ENOSPC', 'EIO', 'EACCES'] as const) {
    it(`on ${code} at any step the previous copy stays byte-identical, with a clear message`, async () => {
      const [a, b] = sample();
      await mirror.write([a!]);
      const before = await readFile(file(), 'utf8');
      const probe = faultyFs(Number.MAX_SAFE_INTEGER, code);
      await new TemplateMirror(probe, dir.path, () => NOW).write([a!]);
      expect(probe.calls).toBeGreaterThanOrEqual(5);
      for (let k = 1; k <= probe.calls; k++) {
        const failing = new TemplateMirror(faultyFs(k, code), dir.path, () => NOW);
        const outcome = await failing.write([a!, b!]).then(
          () => 'written',
          (error: { code: string; message: string }) => error,
        );
        expect((await readdir(dir.path)).filter(isTempFileName)).toEqual([]);
        const now = await readFile(file(), 'utf8');
        if (outcome === 'written' || now !== before) {
          // Only the final fsync of the folder comes after the rename.
          expect(JSON.parse(now).templates).toHaveLength(2);
          await writeFile(file(), before);
        } else {
          expect(outcome).toMatchObject({ message: /Could not keep a copy of your templates on disk/ });
          expect(now).toBe(before);
        }
      }
    });
  }
});

describe('template mirror channels', () => {
  const dispatchFor = (m?: TemplateMirror) =>
    createDispatcher(
      createHandlers({
        workspaces: {} as WorkspaceService,
        recents: new RecentStore(nodeFsPort, dir.path),
        dialogs: {
          chooseParentFolder: () => Promise.resolve(null),
          chooseWorkspaceFolder: () => Promise.resolve(null),
        },
        info: { version: '1', platform: 'linux', defaultWorkspaceParent: dir.path },
        ...(m ? { templateMirror: m } : {}),
      }),
      { isTrustedSender: () => true },
    );
  const APP = 'app://offsite/index.html';

  it('round-trips through IPC dispatch', async () => {
    const dispatch = dispatchFor(mirror);
    const templates = sample();
    expect(await dispatch('templates:readMirror', {}, APP)).toEqual({ ok: true, value: null });
    expect(await dispatch('templates:writeMirror', { templates }, APP)).toMatchObject({ ok: true });
    expect(await dispatch('templates:readMirror', {}, APP)).toEqual({
      ok: true,
      value: { savedAt: NOW.toISOString(), templates },
    });
  });

  it('refuses hostile payloads and writes nothing', async () => {
    const dispatch = dispatchFor(mirror);
    const [a] = sample();
    const hostile: unknown[] = [
      { templates: [builtInTemplates()[0]] },
      { templates: [a, a] },
      { templates: [{ ...a, name: '' }] },
      { templates: [{ ...a, extra: 1 }] },
      { templates: [{ ...a, description: 'x'.repeat(5000) }] },
      JSON.parse('{"templates": [], "__proto__": {"x": 1}}'),
      { templates: 'all of them' },
      null,
    ];
    for (const payload of hostile) {
      expect(await dispatch('templates:writeMirror', payload, APP)).toMatchObject({
        ok: false,
        code: 'BAD_REQUEST',
      });
    }
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('answers with a Result when no mirror is wired', async () => {
    expect(await dispatchFor()('templates:readMirror', {}, APP)).toMatchObject({
      ok: false,
      code: 'INTERNAL',
    });
  });
});
