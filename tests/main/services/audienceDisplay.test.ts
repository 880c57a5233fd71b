import { describe, expect, it } from 'vitest';
import { chooseRoomLayout, type DisplayInfo } from '../../../src/main/services/audienceDisplay';

const rect = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
const laptop: DisplayInfo = {
  id: 1,
  internal: true,
  primary: true,
  bounds: rect(0, 0, 1512, 982),
  workArea: rect(0, 25, 1512, 957),
};
const projector: DisplayInfo = {
  id: 7,
  internal: false,
  primary: false,
  bounds: rect(1512, 0, 1920, 1080),
  workArea: rect(1512, 0, 1920, 1080),
};

describe('chooseRoomLayout: where the console and the audience view go', () => {
  it('puts the audience full screen on the projector and keeps the console on the laptop', () => {
    expect(chooseRoomLayout([laptop, projector])).toEqual({
      consoleDisplayId: 1,
      audience: { displayId: 7, fullScreen: true, bounds: projector.bounds },
    });
  });

  it('keeps the console on the laptop panel even when the projector is the primary display', () => {
    const layout = chooseRoomLayout([
      { ...laptop, primary: false },
      { ...projector, primary: true },
    ]);
    expect(layout?.consoleDisplayId).toBe(1);
    expect(layout?.audience.displayId).toBe(7);
  });

  it('with two external monitors and no panel, keeps the console on the primary one', () => {
    const left: DisplayInfo = { ...projector, id: 3, primary: true, bounds: rect(0, 0, 2560, 1440) };
    const right: DisplayInfo = { ...projector, id: 4, bounds: rect(2560, 0, 1920, 1080) };
    expect(chooseRoomLayout([right, left])).toEqual({
      consoleDisplayId: 3,
      audience: { displayId: 4, fullScreen: true, bounds: right.bounds },
    });
  });

  it('picks the largest other display when there are several', () => {
    const small: DisplayInfo = { ...projector, id: 8, bounds: rect(0, -768, 1024, 768) };
    expect(chooseRoomLayout([laptop, small, projector])?.audience.displayId).toBe(7);
  });

  it('swaps the two on request', () => {
    expect(chooseRoomLayout([laptop, projector], true)).toEqual({
      consoleDisplayId: 7,
      audience: { displayId: 1, fullScreen: true, bounds: laptop.bounds },
    });
  });

  it('mirroring (one display reported) opens a resizable window inside the work area', () => {
    const layout = chooseRoomLayout([laptop]);
    expect(layout?.consoleDisplayId).toBe(1);
    expect(layout?.audience.fullScreen).toBe(false);
    const b = layout!.audience.bounds;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.y).toBeGreaterThanOrEqual(25);
    expect(b.x + b.width).toBeLessThanOrEqual(1512);
    expect(b.y + b.height).toBeLessThanOrEqual(982);
    expect(b.width).toBeGreaterThan(600);
  });

  it('follows the projector being plugged in and pulled out mid-session', () => {
    const before = chooseRoomLayout([laptop]);
    const plugged = chooseRoomLayout([laptop, projector]);
    const pulled = chooseRoomLayout([laptop]);
    expect(before?.audience.fullScreen).toBe(false);
    expect(plugged?.audience).toMatchObject({ displayId: 7, fullScreen: true });
    // Back on the laptop as a normal window: nothing left on a display that is gone.
    expect(pulled).toEqual(before);
  });

  it('has nowhere to go with no display at all', () => {
    expect(chooseRoomLayout([])).toBeNull();
  });
});
