import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module config without type declarations
import { layeringConfigs } from '../../eslint.layers.mjs';

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, ...(layeringConfigs as Linter.Config[])],
});

async function violations(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('import layering (architecture.md, enforced by lint)', () => {
  it('keeps shared/ pure', async () => {
    expect(await violations('src/shared/domain/x.ts', "import { app } from 'electron';")).toHaveLength(1);
    expect(
      await violations('src/shared/domain/x.ts', "import { readFile } from 'node:fs/promises';"),
    ).toHaveLength(1);
    expect(await violations('src/shared/domain/x.ts', "import { create } from 'zustand';")).toHaveLength(1);
    expect(
      await violations('src/shared/domain/x.ts', "import { x } from '../../main/services/y';"),
    ).toHaveLength(1);
    expect(await violations('src/shared/domain/x.ts', "import { z } from 'zod';")).toEqual([]);
  });

  it('keeps Electron out of services so they run in Node tests', async () => {
    expect(await violations('src/main/services/x.ts', "import { shell } from 'electron';")).toHaveLength(1);
    expect(await violations('src/main/window.ts', "import { BrowserWindow } from 'electron';")).toEqual([]);
    expect(
      await violations('src/main/index.ts', "import { App } from '../renderer/src/app/App';"),
    ).toHaveLength(1);
  });

  it('lets the preload import only the IPC contract and electron', async () => {
    expect(
      await violations('src/preload/index.ts', "import { CHANNEL_NAMES } from '../shared/ipc/channels';"),
    ).toEqual([]);
    expect(
      await violations('src/preload/index.ts', "import { Workspace } from '../shared/domain/workspace';"),
    ).toHaveLength(1);
    expect(await violations('src/preload/index.ts', "import { readFile } from 'node:fs';")).toHaveLength(1);
  });

  it('keeps the renderer off Node and Electron, and features behind their index', async () => {
    const file = 'src/renderer/src/features/ranking/RankingScreen.tsx';
    expect(await violations(file, "import { ipcRenderer } from 'electron';")).toHaveLength(1);
    expect(await violations(file, "import fs from 'fs';")).toHaveLength(1);
    expect(await violations(file, "import { useWorkspaces } from '../workspaces/store';")).toHaveLength(1);
    expect(await violations(file, "import { useWorkspaces } from '../workspaces';")).toEqual([]);
    expect(await violations(file, "import { useRanking } from './store';")).toEqual([]);
    expect(await violations(file, "import { Dialog } from '../../ui/Dialog';")).toEqual([]);
    expect(
      await violations('src/renderer/src/app/App.tsx', "import { x } from '../features/workspaces/store';"),
    ).toHaveLength(1);
    expect(
      await violations('src/renderer/src/app/App.tsx', "import { x } from '../features/workspaces';"),
    ).toEqual([]);
  });
});
