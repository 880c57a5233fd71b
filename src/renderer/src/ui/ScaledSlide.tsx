import { useLayoutEffect, useRef, useState } from 'react';
import './scaledSlide.css';

/** Slides are laid out once at this size (16:9) and scaled to fit, so text wraps the same everywhere. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

type ScaledSlideProps = {
  /** The slide as `slideHtml` builds it. */
  html: string;
  /** "fit": as large as the container allows both ways (Present); "width": the container's width. */
  fit?: 'width' | 'fit';
  label: string;
};

/**
 * One 1280×720 slide scaled to its container. The scale is set through React's style
 * prop (the CSSOM), which the app's CSP allows; inline <style> elements it does not.
 */
export function ScaledSlide({ html, fit = 'width', label }: ScaledSlideProps) {
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      const byWidth = width / SLIDE_WIDTH;
      setScale(fit === 'fit' && height > 0 ? Math.min(byWidth, height / SLIDE_HEIGHT) : byWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fit]);
  return (
    <div
      ref={frame}
      className={`slide-frame slide-frame-${fit}`}
      role="figure"
      aria-label={label}
      // A link in a slide is for the PDF's readers; on screen it must not navigate the app away.
      onClickCapture={(e) => {
        if (e.target instanceof Element && e.target.closest('a')) e.preventDefault();
      }}
    >
      <div className="slide-box" style={{ width: SLIDE_WIDTH * scale, height: SLIDE_HEIGHT * scale }}>
        <div
          className="slide-stage"
          style={{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT, transform: `scale(${scale})` }}
          // The builder (`slideHtml` in shared/domain/deck) escapes every piece of user
          // text and renders Markdown with HTML disabled, so this string holds only markup
          // the app wrote; and the app's CSP (`script-src 'self'`) would block inline
          // script and event-handler attributes even if something slipped through.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </div>
    </div>
  );
}
