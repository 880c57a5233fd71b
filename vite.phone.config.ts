import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The phone page of the room link: its own small build, apart from the Electron renderer.
 * The room server serves `out/phone` under a strict CSP (only its own scripts and styles,
 * nothing inline, nothing from elsewhere), so every asset is a hashed file of its own and
 * the browsers are those phones in a meeting room carry: Safari 15 and Chrome 100 onwards.
 */
const root = fileURLToPath(new URL('src/phone/', import.meta.url));
const outDir = fileURLToPath(new URL('out/phone/', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: true,
    target: ['safari15', 'chrome100'],
    // No data: URLs and no inline script: the CSP allows neither for scripts or fonts.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    sourcemap: false,
    reportCompressedSize: true,
  },
});
