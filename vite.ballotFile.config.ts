import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/**
 * The ballot file's page: one self-contained HTML file (script and styles inlined by
 * vite-plugin-singlefile), so it works opened from disk (file://) in any browser with no
 * network. The app fills a copy per respondent with its data and a CSP that names the
 * inlined script and style by hash (src/main/services/ballotFiles.ts).
 */
const root = fileURLToPath(new URL('src/ballotFile/', import.meta.url));
const outDir = fileURLToPath(new URL('out/ballot-file/', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [viteSingleFile()],
  build: {
    outDir,
    emptyOutDir: true,
    target: ['safari15', 'chrome100', 'firefox100'],
    sourcemap: false,
    reportCompressedSize: false,
  },
});
