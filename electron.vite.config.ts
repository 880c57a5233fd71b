import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, developmentCsp } from './src/main/windowConfig';

/**
 * The CSP also travels inside index.html (the protocol handler sends it as a header too),
 * so the page is protected however it is loaded. `frame-ancestors` only works as a header.
 */
function cspMetaTag(): Plugin {
  let csp = CONTENT_SECURITY_POLICY;
  return {
    name: 'offsite-csp-meta',
    configureServer(server) {
      csp = developmentCsp(`http://localhost:${server.config.server.port ?? 5173}`);
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: csp
            .split('; ')
            .filter((d) => !d.startsWith('frame-ancestors'))
            .join('; '),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Our own renderer and shared modules only define things (components, stores, schemas,
 * functions): importing one does nothing by itself. Said so, the bundler drops a module
 * nobody uses even when an index re-exports it, so the home screen's first load does not
 * carry Dexie, markdown-it or the deck builders just because it imports one light name
 * from a feature. The features' indexes and deckStyles.ts stay as they are: they import the
 * style sheets, in the cascade's order. The indexes of shared/ import no style: were they
 * kept, `shared/domain/workspace/index.ts` would keep its schema (and zod) in the home
 * screen's first load for the one function the home's modules take from it.
 */
const OUR_MODULE = /[\\/]src[\\/](shared|renderer[\\/]src)[\\/].*\.tsx?$/;
const IMPORTS_STYLES =
  /[\\/]features[\\/][^\\/]+[\\/]index\.ts$|[\\/](deckStyles\.ts|main\.tsx|workspaceStyles\.ts)$/;
const moduleSideEffects = (id: string) => !OUR_MODULE.test(id) || IMPORTS_STYLES.test(id);
const FIRST_LOAD =
  /[\\/]src[\\/](shared|renderer[\\/]src)[\\/]|node_modules[\\/]zustand[\\/]|vite[\\/]preload-helper/;
const HOME_REQUEST = /[\\/]src[\\/]renderer[\\/]src[\\/](app[\\/]homeRequest|bridge)\.ts$/;

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // Its own entry: large workspace files are decoded in this worker thread.
          workspaceDecodeWorker: resolve('src/main/workspaceDecodeWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load ES modules: it must be a single CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [cspMetaTag(), react()],
    build: {
      minify: true,
      sourcemap: false,
      rolldownOptions: {
        input: { index: resolve('src/renderer/index.html') },
        treeshake: { moduleSideEffects },
        output: {
          // The React runtime changes rarely; keep it apart from app code.
          codeSplitting: {
            groups: [
              // The home screen's first IPC question (app/homeRequest.ts) in a chunk of its own
              // with the bridge, and nothing else: the page runs it before React's chunk.
              { name: 'homeRequest', test: HOME_REQUEST, priority: 2 },
              { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 1 },
              // The rest of the first load in one chunk (one style sheet with it), not the score
              // of small ones the screens loaded on demand would otherwise split it into: each
              // file is one more request before the home screen can start. Only the first load's
              // own modules ($initial), not their dependencies, which would bring in what the
              // screens loaded on demand import.
              { name: 'home', tags: ['$initial'], test: FIRST_LOAD, includeDependenciesRecursively: false },
            ],
          },
        },
      },
    },
  },
});
