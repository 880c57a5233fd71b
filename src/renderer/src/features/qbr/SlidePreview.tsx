import type { Workspace } from '../../../../shared/domain/workspace';
import { deckActions } from './deckActions';
import { ScaledSlide } from '../../ui/ScaledSlide';
import { useDeckSlides } from './useDeckSlides';

type SlidePreviewProps = { workspace: Workspace; sectionId: string | null };

/** The selected section's slides as the audience will see them (16:9), updated as you type. */
export function SlidePreview({ workspace, sectionId }: SlidePreviewProps) {
  const slides = useDeckSlides(workspace);
  const shown = slides
    .map((slide, index) => ({ slide, index }))
    .filter(({ slide }) => slide.sectionId === sectionId);
  return (
    <section className="deck-preview" aria-label="Slide preview">
      <div className="deck-preview-head">
        <h2>Preview</h2>
        <span className="muted">
          {slides.length === 1 ? '1 slide' : `${slides.length} slides`} in the deck
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="muted">Choose a section to see its slides.</p>
      ) : (
        shown.map(({ slide, index }) => (
          <div key={slide.id} className="deck-preview-slide">
            <ScaledSlide html={slide.html} label={`Slide ${index + 1} of ${slides.length}: ${slide.title}`} />
            <div className="deck-preview-caption">
              <span>
                Slide {index + 1} of {slides.length}
              </span>
              <button
                type="button"
                className="button button-ghost button-small"
                onClick={() => deckActions.present(index)}
              >
                Present from here
              </button>
            </div>
          </div>
        ))
      )}
    </section>
  );
}
