import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DECK_CSS } from '../../../../src/shared/domain/deck/deckCss.generated';

describe('the generated deck stylesheet', () => {
  it('is deck.css then deckSeries.css word for word (run scripts/generate-deck-css.mjs after editing them)', async () => {
    const read = (name: string) =>
      readFile(new URL(`../../../../src/shared/domain/deck/${name}`, import.meta.url), 'utf8');
    expect(DECK_CSS).toBe([await read('deck.css'), await read('deckSeries.css')].join('\n'));
  });
});
