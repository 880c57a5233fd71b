// @ts-check
/**
 * Layering, enforced (in the spirit of VS Code's code-layering rule):
 * shared ← main, shared ← preload (ipc only), shared ← renderer; never sideways.
 * Each relative import is resolved against the importing file before it is matched, so the
 * rule judges the file an import reaches, however many `../` it takes to get there.
 * Kept apart from eslint.config.mjs so tests/lint can check these rules on their own.
 */
import { fileURLToPath } from 'node:url';

import layers from './eslint-rules/layers.mjs';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

const SERVICES_AND_HANDLERS = [
  'src/main/services/',
  'src/main/ipc/',
  'src/main/windowConfig.ts',
  'src/main/bootstrap.ts',
];

/** Checked in order; an import that breaks several zones is reported once, by the first. */
const ZONES = [
  {
    from: ['src/shared/'],
    packages: ['electron'],
    nodeBuiltins: true,
    message: 'shared/ is pure: no Electron or Node APIs.',
  },
  {
    from: ['src/shared/'],
    packages: ['react', 'react-dom', 'dexie', 'zustand'],
    message: 'shared/ is pure: no UI or storage libraries.',
  },
  { from: ['src/shared/'], outside: ['src/shared/'], message: 'shared/ imports only shared/.' },
  {
    from: SERVICES_AND_HANDLERS,
    packages: ['electron'],
    message: 'Services and IPC handlers get Electron pieces injected, so tests run them in Node.',
  },
  {
    from: ['src/main/services/'],
    paths: ['src/main/ipc/'],
    message: 'Services never import IPC handlers: the handlers call the services, not the other way round.',
  },
  {
    from: ['src/main/'],
    paths: ['src/renderer/', 'src/preload/'],
    message: 'main/ may import shared/ and Node/Electron only.',
  },
  {
    from: ['src/preload/'],
    packages: ['zod'],
    outside: ['src/preload/', 'src/shared/ipc/'],
    message: 'The preload imports shared/ipc and electron only.',
  },
  { from: ['src/preload/'], nodeBuiltins: true, message: 'A sandboxed preload has no Node APIs.' },
  {
    from: ['src/renderer/'],
    packages: ['electron'],
    nodeBuiltins: true,
    message: 'The renderer reaches the system only through window.api.',
  },
  {
    from: ['src/renderer/'],
    paths: ['src/main/', 'src/preload/'],
    message: 'The renderer imports shared/ and browser libraries only.',
  },
  {
    from: ['src/phone/'],
    packages: ['electron', 'react', 'react-dom', 'dexie', 'zustand'],
    nodeBuiltins: true,
    message: 'The phone page is a small browser page: shared/ and the web platform only.',
  },
  {
    from: ['src/phone/'],
    outside: ['src/phone/', 'src/shared/'],
    message: 'The phone page imports only its own files and shared/.',
  },
  {
    from: ['src/ballotFile/'],
    packages: ['electron', 'react', 'react-dom', 'dexie', 'zustand'],
    nodeBuiltins: true,
    message:
      'The ballot file is one offline page: shared/, the phone page’s ballot editor and the web platform only.',
  },
  {
    from: ['src/ballotFile/'],
    outside: ['src/ballotFile/', 'src/phone/', 'src/shared/'],
    message: 'The ballot file imports only its own files, the phone page’s and shared/.',
  },
  {
    from: ['src/renderer/src/ui/'],
    paths: ['src/renderer/src/features/', 'src/renderer/src/app/'],
    message: 'ui/ holds building blocks shared by every screen: it never imports a feature or app/.',
  },
  {
    from: ['src/renderer/src/document/'],
    paths: ['src/renderer/src/features/', 'src/renderer/src/app/'],
    message: 'The open document sits under every feature: it never imports a feature or app/.',
  },
];

export const layeringConfigs = [
  {
    files: ['src/**/*.{ts,tsx,mts,cts}'],
    plugins: { layers },
    rules: {
      'layers/imports': [
        'error',
        {
          root: ROOT,
          zones: ZONES,
          features: {
            folder: 'src/renderer/src/features/',
            message:
              'Reach another feature through its index.ts (or views.ts, its screens loaded on demand).',
          },
        },
      ],
    },
  },
];
