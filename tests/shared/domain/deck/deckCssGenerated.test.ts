import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DECK_CSS } from '../../../../src/shared/domain/deck/deckCss.generated';

describe('the generated deck stylesheet', () => {
  it('is deck.css word for word (run scripts/generate-deck-css.mjs after editing deck.css)', async () => {
    const css = await readFile(
      new URL('../../../../src/shared/domain/deck/deck.css', import.meta.url),
      'utf8',
    );
    expect(DECK_CSS).toBe(css);
  });
});
