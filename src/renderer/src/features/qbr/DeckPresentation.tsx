import './deckStyles';
import { useEffect, useRef } from 'react';
import type { Workspace } from '../../../../shared/domain/workspace';
import { deckActions } from './deckActions';
import { ScaledSlide } from '../../ui/ScaledSlide';
import { useQbrView } from './store';
import { useDeckSlides } from './useDeckSlides';
import { useDocument } from '../../document';
import { useFullScreen } from '../../ui/useFullScreen';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The deck full screen, for the projector: one slide as large as the screen allows,
 * arrow keys / Page Up / Page Down (what presentation clickers send), Home and End to move,
 * Esc to leave. Rendered by the app shell above everything, from any tab.
 */
export function DeckPresentation() {
  const presenting = useQbrView((s) => s.presenting);
  const workspace = useDocument((s) => s.current?.workspace ?? null);
  if (!presenting || !workspace?.deck) return null;
  return <Presentation workspace={workspace} />;
}

function Presentation({ workspace }: { workspace: Workspace }) {
  const slides = useDeckSlides(workspace);
  const index = useQbrView((s) => Math.min(s.slide, Math.max(0, slides.length - 1)));
  const stage = useRef<HTMLDivElement>(null);
  const total = slides.length;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const go = (n: number) => {
        event.preventDefault();
        deckActions.goTo(n, total);
      };
      if (NEXT.has(event.key)) go(index + 1);
      else if (PREVIOUS.has(event.key)) go(index - 1);
      else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(total - 1);
      else if (event.key === 'Escape') {
        event.preventDefault();
        deckActions.stopPresenting();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, total]);

  useEffect(() => {
    const element = stage.current;
    // Back to where the facilitator was (the Present button, usually) when the show ends.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element?.focus();
    return () => previous?.focus();
  }, []);
  // The overlay covers the window even if full screen is refused; leaving full screen
  // (Esc is taken by the browser there) ends the presentation too.
  useFullScreen(stage, true, deckActions.stopPresenting);

  const slide = slides[index];
  return (
    <div
      ref={stage}
      className="deck-present"
      role="dialog"
      aria-modal="true"
      aria-label="Presenting the deck"
      tabIndex={-1}
    >
      {slide ? (
        <ScaledSlide html={slide.html} fit="fit" label={`Slide ${index + 1} of ${total}: ${slide.title}`} />
      ) : (
        <p className="deck-present-empty">The deck has no slides.</p>
      )}
      <div className="deck-present-bar">
        <button
          type="button"
          className="deck-present-button"
          aria-label="Previous slide"
          disabled={index === 0}
          onClick={() => deckActions.goTo(index - 1, total)}
        >
          ←
        </button>
        <span className="deck-present-counter" aria-live="polite">
          {total === 0 ? '0 / 0' : `${index + 1} / ${total}`}
        </span>
        <button
          type="button"
          className="deck-present-button"
          aria-label="Next slide"
          disabled={index >= total - 1}
          onClick={() => deckActions.goTo(index + 1, total)}
        >
          →
        </button>
        <button type="button" className="deck-present-button" onClick={deckActions.stopPresenting}>
          Exit (Esc)
        </button>
      </div>
    </div>
  );
}
