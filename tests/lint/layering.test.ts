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

  it('judges where a relative import lands, however many ../ it takes', async () => {
    const nested = 'src/renderer/src/features/ranking/results/ResultsTable.tsx';
    expect(await violations(nested, "import { useBoard } from '../../board/store';")).toEqual([
      'Reach another feature through its index.ts (or views.ts, its screens loaded on demand).',
    ]);
    expect(await violations(nested, "export { useBoard } from '../../board/store';")).toHaveLength(1);
    expect(await violations(nested, "export * from '../../board/store';")).toHaveLength(1);
    expect(await violations(nested, "import { useBoard } from '../../board';")).toEqual([]);
    expect(await violations(nested, "import { useBoard } from '../../board/index';")).toEqual([]);
    // Its screens, loaded on demand, are the other public entry.
    expect(await violations(nested, "const v = import('../../board/views');")).toEqual([]);
    expect(await violations(nested, "const v = import('../../board/TradeoffBoard');")).toHaveLength(1);
    expect(await violations(nested, "import { useRanking } from '../store';")).toEqual([]);
    expect(
      await violations(nested, "import { x } from '../../../../../main/services/workspaceService';"),
    ).toEqual(['The renderer imports shared/ and browser libraries only.']);
    expect(
      await violations('src/shared/domain/board/x.ts', "import { y } from '../../../main/ipc/handlers';"),
    ).toEqual(['shared/ imports only shared/.']);
  });

  it('keeps ui/ free of features and app/', async () => {
    const file = 'src/renderer/src/ui/Dialog.tsx';
    expect(await violations(file, "import { useBoard } from '../features/board';")).toEqual([
      'ui/ holds building blocks shared by every screen: it never imports a feature or app/.',
    ]);
    expect(await violations(file, "import { useBoard } from '../features/board/store';")).toHaveLength(1);
    expect(await violations(file, "import { App } from '../app/App';")).toHaveLength(1);
    expect(await violations(file, "import { Field } from './Field';")).toEqual([]);
  });

  it('keeps the phone page to shared/ and the web platform', async () => {
    const file = 'src/phone/main.ts';
    expect(await violations(file, "import { create } from 'zustand';")).toEqual([
      'The phone page is a small browser page: shared/ and the web platform only.',
    ]);
    expect(await violations(file, "import { readFile } from 'node:fs';")).toHaveLength(1);
    expect(await violations(file, "import { Dialog } from '../renderer/src/ui/Dialog';")).toEqual([
      'The phone page imports only its own files and shared/.',
    ]);
    expect(await violations(file, "import { ballotProblem } from '../shared/domain/rounds';")).toEqual([]);
    expect(await violations(file, "import { el } from './dom';")).toEqual([]);
  });

  it('keeps the ballot file to shared/, the phone page’s editor and the web platform', async () => {
    const file = 'src/ballotFile/main.ts';
    expect(await violations(file, "import { create } from 'zustand';")).toEqual([
      'The ballot file is one offline page: shared/, the phone page’s ballot editor and the web platform only.',
    ]);
    expect(await violations(file, "import { Dialog } from '../renderer/src/ui/Dialog';")).toEqual([
      'The ballot file imports only its own files, the phone page’s and shared/.',
    ]);
    expect(await violations(file, "import { orderEditor } from '../phone/ballots/orderEditor';")).toEqual([]);
    expect(
      await violations(file, "import { replyText } from '../shared/domain/translation/replyFile';"),
    ).toEqual([]);
  });

  it('keeps the open document under every feature', async () => {
    const file = 'src/renderer/src/document/session.ts';
    expect(await violations(file, "import { boardView } from '../features/board';")).toEqual([
      'The open document sits under every feature: it never imports a feature or app/.',
    ]);
    expect(
      await violations(file, "import { useWorkspaces } from '../features/workspaces/store';"),
    ).toHaveLength(1);
    expect(await violations(file, "import { shortcuts } from '../app/actions';")).toHaveLength(1);
    expect(await violations(file, "import { bridge } from '../bridge';")).toEqual([]);
    const feature = 'src/renderer/src/features/ranking/VotingPanel.tsx';
    expect(await violations(feature, "import { documentActions } from '../../document';")).toEqual([]);
  });

  it('refuses electron in the renderer however it is loaded', async () => {
    const file = 'src/renderer/src/features/board/exportImage.ts';
    const message = 'The renderer reaches the system only through window.api.';
    expect(await violations(file, "const electron = await import('electron');")).toEqual([message]);
    expect(await violations(file, "const { ipcRenderer } = require('electron');")).toEqual([message]);
    expect(await violations(file, 'const fs = require(`node:fs`);')).toEqual([message]);
    expect(await violations(file, "import fs = require('fs');")).toEqual([message]);
    expect(await violations(file, "const { toPng } = await import('../qbr');")).toEqual([]);
  });

  it('keeps IPC handlers out of the services they call', async () => {
    expect(
      await violations(
        'src/main/services/workspaceService.ts',
        "import { dispatch } from '../ipc/dispatch';",
      ),
    ).toEqual([
      'Services never import IPC handlers: the handlers call the services, not the other way round.',
    ]);
    expect(
      await violations('src/main/ipc/handlers.ts', "import { open } from '../services/workspaceService';"),
    ).toEqual([]);
    expect(
      await violations(
        'src/main/services/deckExport.ts',
        "const deck = await import('../../shared/domain/deck');",
      ),
    ).toEqual([]);
  });
});
