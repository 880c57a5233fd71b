// @ts-check
/**
 * Layering, enforced (in the spirit of VS Code's code-layering rule):
 * shared ← main, shared ← preload (ipc only), shared ← renderer; never sideways.
 * Kept apart from eslint.config.mjs so tests/lint can check these rules on their own.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url'];

const restrict = (patterns) => ['error', { patterns }];
const layer = (group, message) => ({ group, message });

const RENDERER_LAYERS = [
  layer(
    ['electron', 'electron/*', ...NODE_BUILTINS],
    'The renderer reaches the system only through window.api.',
  ),
  layer(['**/main/**', '**/preload/**'], 'The renderer imports shared/ and browser libraries only.'),
  { regex: '(^|/)features/[^/]+/(?!index$)[^/]+', message: 'Reach another feature through its index.ts.' },
];

export const layeringConfigs = [
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        layer(['electron', 'electron/*', ...NODE_BUILTINS], 'shared/ is pure: no Electron or Node APIs.'),
        layer(
          ['react', 'react-dom', 'react/*', 'dexie', 'zustand', 'zustand/*'],
          'shared/ is pure: no UI or storage libraries.',
        ),
        layer(['**/main/**', '**/renderer/**', '**/preload/**'], 'shared/ imports only shared/.'),
      ]),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        layer(['**/renderer/**', '**/preload/**'], 'main/ may import shared/ and Node/Electron only.'),
      ]),
    },
  },
  {
    files: [
      'src/main/services/**/*.ts',
      'src/main/ipc/**/*.ts',
      'src/main/windowConfig.ts',
      'src/main/bootstrap.ts',
    ],
    rules: {
      'no-restricted-imports': restrict([
        layer(
          ['electron', 'electron/*'],
          'Services and IPC handlers get Electron pieces injected, so tests run them in Node.',
        ),
        layer(['**/renderer/**', '**/preload/**'], 'main/ may import shared/ and Node/Electron only.'),
      ]),
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        layer(
          ['**/main/**', '**/renderer/**', '**/shared/domain/**', 'zod'],
          'The preload imports shared/ipc and electron only.',
        ),
        layer([...NODE_BUILTINS], 'A sandboxed preload has no Node APIs.'),
      ]),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(RENDERER_LAYERS) },
  },
  {
    files: ['src/renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        ...RENDERER_LAYERS,
        {
          regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index$)',
          message: 'Reach another feature through its index.ts.',
        },
      ]),
    },
  },
];
