import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import { DEFAULT_BOUNDS, fitToDisplays, WindowStateStore } from '../../../src/main/services/windowState';
import { makeTempDir } from '../../support/tempDir';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => dir.cleanup());

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const projector = { x: 1440, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('remembers size, place and maximised state across restarts', async () => {
    await new WindowStateStore(nodeFsPort, dir.path).save({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: true,
    });
    expect(await new WindowStateStore(nodeFsPort, dir.path).load()).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('falls back to defaults when the file is missing or damaged', async () => {
    const store = new WindowStateStore(nodeFsPort, dir.path);
    expect(await store.load()).toEqual(DEFAULT_BOUNDS);
    await writeFile(join(dir.path, 'window-state.json'), '{"width": -5}');
    expect(await store.load()).toEqual(DEFAULT_BOUNDS);
  });

  it('keeps a place on an attached display and drops one on a display that is gone', () => {
    const onProjector = { x: 1600, y: 50, width: 1280, height: 800 };
    expect(fitToDisplays(onProjector, [laptop, projector])).toEqual(onProjector);
    expect(fitToDisplays(onProjector, [laptop])).toEqual({ width: 1280, height: 800 });
    expect(fitToDisplays({ width: 900, height: 700 }, [laptop])).toEqual({ width: 900, height: 700 });
  });
});
