import { createRequire } from 'node:module';
import type { FsPort } from './fsPort';

/** The weights the deck uses (body, semibold labels, bold titles), Latin subset. */
export const DECK_FONT_WEIGHTS = [400, 600, 700] as const;

// Not named `require`: electron-vite already declares one in the ESM main bundle.
const resolveFromApp = createRequire(import.meta.url);

/** Where the bundled Inter files are: inside the app's own node_modules, never the network. */
export function interFontPath(weight: number): string {
  return resolveFromApp.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
}

/**
 * The deck's @font-face rules with the font files inlined as data: URLs, so the printed
 * document needs nothing but itself (its CSP allows fonts from data: only). Read once.
 */
export function deckFontCss(
  fs: Pick<FsPort, 'readFile'>,
  pathOf: (weight: number) => string = interFontPath,
) {
  let loaded: Promise<string> | null = null;
  return (): Promise<string> => {
    loaded ??= Promise.all(
      DECK_FONT_WEIGHTS.map(async (weight) => {
        const bytes = await fs.readFile(pathOf(weight));
        return (
          `@font-face { font-family: Inter; font-style: normal; font-weight: ${weight}; font-display: swap; ` +
          `src: url(data:font/woff2;base64,${Buffer.from(bytes).toString('base64')}) format('woff2'); }`
        );
      }),
    )
      .then((rules) => rules.join('\n'))
      .catch((error: unknown) => {
        loaded = null; // a later export tries again
        throw error;
      });
    return loaded;
  };
}
