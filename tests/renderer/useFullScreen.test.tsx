import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFullScreen } from '../../src/renderer/src/ui/useFullScreen';

/** A browser full screen in miniature: one element at a time, a change event on each switch. */
function fakeFullScreen({ refuse = false } = {}) {
  let current: Element | null = null;
  const change = (next: Element | null) => {
    current = next;
    document.dispatchEvent(new Event('fullscreenchange'));
  };
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => current });
  const request = vi.fn(function (this: Element) {
    if (refuse) return Promise.reject(new TypeError('Permissions check failed'));
    change(this);
    return Promise.resolve();
  });
  Object.defineProperty(Element.prototype, 'requestFullscreen', { configurable: true, value: request });
  Object.defineProperty(document, 'exitFullscreen', {
    configurable: true,
    value: vi.fn(() => {
      change(null);
      return Promise.resolve();
    }),
  });
  return {
    request,
    pressEsc: () => act(() => change(null)),
    get current() {
      return current;
    },
  };
}

function Stage({ active, onLeave }: { active: boolean; onLeave: () => void }) {
  const stage = useRef<HTMLDivElement>(null);
  useFullScreen(stage, active, onLeave);
  return <div ref={stage} data-testid="stage" />;
}

function Page({ active, onLeave }: { active: boolean; onLeave: () => void }) {
  useFullScreen(null, active, onLeave);
  return null;
}

beforeEach(() => {
  // Nothing else of the page is full screen when a test starts.
  Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => null });
});
afterEach(() => {
  delete (document as { fullscreenElement?: unknown }).fullscreenElement;
  delete (Element.prototype as { requestFullscreen?: unknown }).requestFullscreen;
  delete (document as { exitFullscreen?: unknown }).exitFullscreen;
});

describe('useFullScreen', () => {
  it('fills the screen with its element while active and gives it back when it goes', () => {
    const screen = fakeFullScreen();
    const onLeave = vi.fn();
    const { getByTestId, unmount } = render(<Stage active onLeave={onLeave} />);
    expect(screen.current).toBe(getByTestId('stage'));
    unmount();
    expect(screen.current).toBeNull();
    expect(onLeave).not.toHaveBeenCalled();
  });

  it('ends the presentation when the user leaves full screen (Esc)', () => {
    const screen = fakeFullScreen();
    const onLeave = vi.fn();
    render(<Page active onLeave={onLeave} />);
    expect(screen.current).toBe(document.documentElement);
    screen.pressEsc();
    expect(onLeave).toHaveBeenCalledTimes(1);
  });

  it('turning it off leaves full screen without calling onLeave; nothing is asked while off', () => {
    const screen = fakeFullScreen();
    const onLeave = vi.fn();
    const { rerender } = render(<Page active={false} onLeave={onLeave} />);
    expect(screen.request).not.toHaveBeenCalled();
    rerender(<Page active onLeave={onLeave} />);
    expect(screen.current).toBe(document.documentElement);
    rerender(<Page active={false} onLeave={onLeave} />);
    expect(screen.current).toBeNull();
    expect(onLeave).not.toHaveBeenCalled();
  });

  it('a refused request keeps the presentation (it lays out in the window instead)', async () => {
    const screen = fakeFullScreen({ refuse: true });
    const onLeave = vi.fn();
    render(<Stage active onLeave={onLeave} />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(screen.request).toHaveBeenCalledTimes(1);
    expect(screen.current).toBeNull();
    expect(onLeave).not.toHaveBeenCalled();
  });
});
