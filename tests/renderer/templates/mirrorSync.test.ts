import './freshDb';
import './setupTemplates';
import { describe, expect, it, vi } from 'vitest';
import { freshDb } from './freshDb';
import { installTemplatesMain } from './fakeTemplatesMain';
import { flushMirror } from '../../../src/renderer/src/features/templates/mirrorSync';
import { createTemplate, renameTemplate } from '../../../src/renderer/src/features/templates/repository';
import { startTemplates } from '../../../src/renderer/src/features/templates/startup';

/**
 * Wraps the disk copy's write so each one stays open until the test lets it finish, and
 * records how many were ever open at the same time.
 */
function slowWrites() {
  const api = window.api.templates;
  const writeMirror = api.writeMirror.bind(api);
  const gates: Array<() => void> = [];
  const track = { started: 0, open: 0, mostOpenAtOnce: 0 };
  api.writeMirror = async (request) => {
    track.started++;
    track.open++;
    track.mostOpenAtOnce = Math.max(track.mostOpenAtOnce, track.open);
    await new Promise<void>((resolve) => gates.push(resolve));
    try {
      return await writeMirror(request);
    } finally {
      track.open--;
    }
  };
  const releaseAll = () => gates.splice(0).forEach((release) => release());
  return { track, releaseAll };
}

describe('the disk copy of the user’s templates', () => {
  it('coalesces a burst of edits into at most two writes, one at a time, ending on the latest set', async () => {
    const { disk } = installTemplatesMain();
    freshDb();
    await startTemplates();
    const { track, releaseAll } = slowWrites();
    const created = await createTemplate({ name: 'Draft 0' });
    if (!created.ok) throw new Error(created.message);

    // A burst of renames, each well inside the quiet period of the one before.
    for (let i = 1; i <= 5; i++) {
      await renameTemplate(created.value.id, `Draft ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // The first write starts after the burst; more edits arrive while it is still open.
    await vi.waitFor(() => expect(track.started).toBe(1), { timeout: 2000 });
    for (let i = 6; i <= 10; i++) await renameTemplate(created.value.id, `Draft ${i}`);
    // Let every write finish as soon as it starts, until the disk copy is current.
    let current = false;
    void flushMirror().then(() => (current = true));
    await vi.waitFor(
      () => {
        releaseAll();
        expect(current).toBe(true);
      },
      { timeout: 2000 },
    );

    expect(track.started).toBeLessThanOrEqual(2);
    expect(track.mostOpenAtOnce).toBe(1);
    // The first write waited for the burst to end: it already carries its last rename.
    expect(disk.writes[0]!.map((t) => t.name)).toEqual(['Draft 5']);
    expect(disk.mirror?.templates.map((t) => t.name)).toEqual(['Draft 10']);
  });
});
