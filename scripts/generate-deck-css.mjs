#!/usr/bin/env node
/**
 * Writes src/shared/domain/deck/deckCss.generated.ts from deck.css and deckSeries.css (in
 * that order), so the domain gets the deck's stylesheet as a plain string and runs in Node
 * without a bundler's `?raw` import. The .css files stay the ones people edit; run this after
 * changing them (a unit test fails while the generated file is out of date).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const DECK_CSS_FILES = ['deck.css', 'deckSeries.css'];
const sources = DECK_CSS_FILES.map((name) =>
  fileURLToPath(new URL(`../src/shared/domain/deck/${name}`, import.meta.url)),
);
const target = fileURLToPath(new URL('../src/shared/domain/deck/deckCss.generated.ts', import.meta.url));

const css = (await Promise.all(sources.map((source) => readFile(source, 'utf8')))).join('\n');
const code =
  '// Generated from deck.css and deckSeries.css by scripts/generate-deck-css.mjs; edit those, then run the script.\n\n' +
  '/** The deck stylesheet, shared by the in-app slides and the printed PDF. */\n' +
  `export const DECK_CSS = ${JSON.stringify(css)};\n`;
const options = (await prettier.resolveConfig(target)) ?? {};
await writeFile(target, await prettier.format(code, { ...options, filepath: target }));
console.log(`wrote ${target}`);
