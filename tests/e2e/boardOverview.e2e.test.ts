import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoBoardWorkspace, openOnBoard } from './boardDriver';
import { appPerTest } from './lifecycle';

const apps = appPerTest();

type Viewport = { x: number; y: number; zoom: number };

/** React Flow's transform on the canvas, read from the viewport element's style. */
async function viewport(page: Page): Promise<Viewport> {
  const t = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as { style: { transform: string } }).style.transform);
  const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(t);
  if (!m) throw new Error(`unexpected transform ${t}`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

describe('the board overview map', () => {
  it('draws every card, outlines the part on screen, and moves the view where it is pressed', async () => {
    const app = await apps.launch({ viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    const w = demoBoardWorkspace(120, 60);
    await openOnBoard(app, w);
    const map = page.getByRole('img', { name: 'Board overview' });
    await map.waitFor();
    expect(await map.locator('g > rect').count()).toBe(120);

    // Zoom in on the canvas: the outline shrinks to the part now on screen.
    const outline = map.locator('.board-minimap-view');
    const fitted = (await outline.boundingBox())!;
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await expect
      .poll(async () => (await outline.boundingBox())!.width, { timeout: 5000 })
      .toBeLessThan(fitted.width * 0.8);
    const before = await viewport(page);

    // Press near the map's top-left corner: the view moves there, at the same zoom.
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.15, box.y + box.height * 0.2);
    await expect.poll(async () => (await viewport(page)).x, { timeout: 5000 }).toBeGreaterThan(before.x);
    const after = await viewport(page);
    expect(after.zoom).toBeCloseTo(before.zoom, 5);
    expect(after.y).toBeGreaterThan(before.y);
    const moved = (await outline.boundingBox())!;
    expect(moved.x).toBeLessThan(box.x + box.width * 0.5);
  });
});
