/**
 * Where the two windows go, from the display list alone (Electron's `screen`), so every
 * room set-up is a plain test: laptop + projector, two monitors, mirroring (one display
 * reported), the projector plugged in or pulled out mid-session.
 */
export type Rect = { x: number; y: number; width: number; height: number };
export type DisplayInfo = {
  id: number;
  /** The laptop's own panel (Electron's `Display.internal`). */
  internal: boolean;
  primary: boolean;
  bounds: Rect;
  workArea: Rect;
};
export type AudiencePlacement = {
  displayId: number;
  /** Full screen on its own display; otherwise a normal, resizable window. */
  fullScreen: boolean;
  bounds: Rect;
};
export type RoomLayout = { consoleDisplayId: number; audience: AudiencePlacement };

/** The size of the audience window when it has to share the laptop's screen. */
const WINDOWED_SHARE = 0.6;

/**
 * The console stays on the laptop's panel (or the primary display when no panel is
 * reported); the audience goes full screen on the largest other display. `swapped` (the
 * facilitator's Swap displays) exchanges the two. With a single display the audience view
 * is a resizable window in the middle of it, and the console works beside it.
 */
export function chooseRoomLayout(displays: readonly DisplayInfo[], swapped = false): RoomLayout | null {
  const laptop = displays.find((d) => d.internal) ?? displays.find((d) => d.primary) ?? displays[0];
  if (!laptop) return null;
  const [projector] = displays
    .filter((d) => d.id !== laptop.id)
    .sort((a, b) => area(b.bounds) - area(a.bounds) || a.id - b.id);
  if (!projector) return { consoleDisplayId: laptop.id, audience: windowedOn(laptop) };
  const consoleDisplay = swapped ? projector : laptop;
  const audienceDisplay = swapped ? laptop : projector;
  return {
    consoleDisplayId: consoleDisplay.id,
    audience: { displayId: audienceDisplay.id, fullScreen: true, bounds: audienceDisplay.bounds },
  };
}

function windowedOn(display: DisplayInfo): AudiencePlacement {
  const { x, y, width, height } = display.workArea;
  const w = Math.round(width * WINDOWED_SHARE);
  const h = Math.round(height * WINDOWED_SHARE);
  return {
    displayId: display.id,
    fullScreen: false,
    bounds: { x: x + Math.round((width - w) / 2), y: y + Math.round((height - h) / 2), width: w, height: h },
  };
}

function area(r: Rect): number {
  return r.width * r.height;
}
