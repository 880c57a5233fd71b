import { join } from 'node:path';
import { z } from 'zod';
import { parseJsonSafely } from '../../shared/domain/workspace';
import type { WindowBounds } from '../windowConfig';
import { writeFileAtomic } from './atomicWrite';
import type { FsPort } from './fsPort';

export type Rect = { x: number; y: number; width: number; height: number };

const Stored = z.strictObject({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean().optional(),
});

export const DEFAULT_BOUNDS: WindowBounds = { width: 1366, height: 860 };

/**
 * Remembers the main window's size and place. A remembered place on a monitor that is no
 * longer attached (the projector went home) is dropped so the window never opens off-screen.
 */
export function fitToDisplays(bounds: WindowBounds, workAreas: readonly Rect[]): WindowBounds {
  if (bounds.x === undefined || bounds.y === undefined) return bounds;
  const { x, y } = bounds;
  const visible = workAreas.some(
    (a) => x + 100 <= a.x + a.width && x + bounds.width - 100 >= a.x && y >= a.y && y + 50 <= a.y + a.height,
  );
  if (visible) return bounds;
  const rest: WindowBounds = { width: bounds.width, height: bounds.height };
  if (bounds.maximized !== undefined) rest.maximized = bounds.maximized;
  return rest;
}

export class WindowStateStore {
  private readonly file: string;

  constructor(
    private readonly fs: FsPort,
    dataDir: string,
  ) {
    this.file = join(dataDir, 'window-state.json');
  }

  async load(): Promise<WindowBounds> {
    try {
      const json = parseJsonSafely(await this.fs.readFile(this.file, 'utf8'));
      const parsed = json.ok ? Stored.safeParse(json.value) : null;
      return parsed?.success ? parsed.data : DEFAULT_BOUNDS;
    } catch {
      return DEFAULT_BOUNDS;
    }
  }

  async save(bounds: WindowBounds): Promise<void> {
    await this.fs.mkdir(join(this.file, '..'), { recursive: true });
    await writeFileAtomic(this.fs, this.file, JSON.stringify(Stored.parse(bounds)));
  }
}
