import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, DEFAULT_AUTOSAVE, type AutosaveOptions } from '../../src/renderer/src/document/autosave';

const { quietMs, maxWaitMs } = DEFAULT_AUTOSAVE;

type SaveRecord = { startedAt: number; endedAt: number | null; version: number; ok: boolean };

/**
 * A workspace being edited: every `edit()` bumps a version and touches the autosaver;
 * each save records when it started, which version it carried, and when it ended.
 * Saves take `durationMs` of (fake) time; `failNext()` makes the next one reject.
 */
function editedDocument(options: AutosaveOptions = DEFAULT_AUTOSAVE, durationMs = 50) {
  let version = 0;
  let failures = 0;
  const saves: SaveRecord[] = [];
  const save = async () => {
    const record: SaveRecord = { startedAt: Date.now(), endedAt: null, version, ok: failures === 0 };
    saves.push(record);
    await new Promise((resolve) => setTimeout(resolve, durationMs));
    record.endedAt = Date.now();
    if (!record.ok) {
      failures -= 1;
      throw new Error('disk full');
    }
  };
  const saver = new Autosaver(save, options);
  return {
    saver,
    saves,
    edit: () => {
      version += 1;
      saver.touch();
      return version;
    },
    failNext: () => (failures += 1),
    get version() {
      return version;
    },
  };
}

const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Autosaver', () => {
  it('saves a single edit once the user has paused for quietMs', async () => {
    const doc = editedDocument();
    doc.edit();
    await advance(quietMs - 1);
    expect(doc.saves).toHaveLength(0);
    await advance(1);
    expect(doc.saves).toEqual([expect.objectContaining({ startedAt: quietMs, version: 1 })]);
    await advance(10_000);
    expect(doc.saves).toHaveLength(1);
    expect(doc.saver.hasUnsavedEdits).toBe(false);
  });

  it('keeps the 2-second promise during continuous typing (an edit every 100 ms)', async () => {
    const doc = editedDocument();
    for (let t = 0; t < 2000; t += 100) {
      doc.edit();
      await advance(100);
    }
    expect(doc.saves.length).toBeGreaterThan(0);
    expect(doc.saves[0]!.startedAt).toBeLessThanOrEqual(maxWaitMs);
    expect(doc.saves[0]!.startedAt).toBeLessThan(2000);
    // Typing stops: the rest lands too.
    await advance(5000);
    expect(doc.saves.at(-1)!.version).toBe(doc.version);
  });

  it('saves edits made during an in-flight save exactly once more afterwards', async () => {
    const doc = editedDocument(DEFAULT_AUTOSAVE, 1000);
    doc.edit();
    await advance(quietMs);
    expect(doc.saves).toHaveLength(1);
    for (let i = 0; i < 3; i += 1) {
      doc.edit();
      await advance(100);
    }
    expect(doc.saves).toHaveLength(1); // one save at a time
    await advance(10_000);
    expect(doc.saves.map((s) => s.version)).toEqual([1, 4]);
    expect(doc.saves[1]!.startedAt).toBeGreaterThanOrEqual(doc.saves[0]!.endedAt!);
  });

  it('flush() resolves only after the latest edit is on disk', async () => {
    const doc = editedDocument(DEFAULT_AUTOSAVE, 300);
    doc.edit();
    let flushed = false;
    const flushing = doc.saver.flush().then(() => (flushed = true));
    await advance(0);
    expect(doc.saves).toHaveLength(1); // no waiting for the quiet period
    doc.edit(); // arrives while the flush's save is running
    await advance(300);
    expect(flushed).toBe(false);
    await advance(300);
    await flushing;
    expect(doc.saves.map((s) => s.version)).toEqual([1, 2]);
    expect(doc.saves[1]!.endedAt).not.toBeNull();
    expect(doc.saver.hasUnsavedEdits).toBe(false);
  });

  it('keeps edits pending after a failed save and retries on the next edit, not in a loop', async () => {
    const doc = editedDocument();
    doc.failNext();
    doc.edit();
    await advance(quietMs + 50);
    expect(doc.saves).toEqual([expect.objectContaining({ ok: false })]);
    expect(doc.saver.hasUnsavedEdits).toBe(true);

    await advance(60_000);
    expect(doc.saves).toHaveLength(1); // nobody hammers a full disk

    doc.edit();
    await advance(quietMs + 50);
    expect(doc.saves).toHaveLength(2);
    expect(doc.saves[1]).toMatchObject({ ok: true, version: 2 });
    expect(doc.saver.hasUnsavedEdits).toBe(false);
  });

  it('rejects flush() when the save fails, and a later flush retries', async () => {
    const doc = editedDocument();
    doc.failNext();
    doc.edit();
    const first = doc.saver.flush();
    const failed = expect(first).rejects.toThrow('disk full');
    await advance(100);
    await failed;
    const second = doc.saver.flush();
    await advance(100);
    await second;
    expect(doc.saves.map((s) => s.ok)).toEqual([false, true]);
  });

  it('cancel() drops pending work', async () => {
    const doc = editedDocument();
    doc.edit();
    doc.saver.cancel();
    expect(doc.saver.hasUnsavedEdits).toBe(false);
    await advance(10_000);
    await doc.saver.flush();
    expect(doc.saves).toHaveLength(0);
  });

  it('never lets an edit wait longer than maxWaitMs + one save before a save includes it', async () => {
    const scenario = fc.record({
      gaps: fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 40 }),
      quiet: fc.integer({ min: 0, max: 1000 }),
      extraWait: fc.integer({ min: 0, max: 1500 }),
      saveMs: fc.integer({ min: 0, max: 1200 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ gaps, quiet, extraWait, saveMs }) => {
        vi.clearAllTimers();
        const options = { quietMs: quiet, maxWaitMs: quiet + extraWait };
        const doc = editedDocument(options, saveMs);
        const edits: Array<{ at: number; version: number }> = [];
        for (const gap of gaps) {
          await advance(gap);
          edits.push({ at: Date.now(), version: doc.edit() });
        }
        await advance(options.maxWaitMs + 2 * saveMs + 10);

        for (const edit of edits) {
          const including = doc.saves.find((s) => s.version >= edit.version);
          expect(including, `edit #${edit.version} was never saved`).toBeDefined();
          expect(including!.startedAt - edit.at).toBeLessThanOrEqual(options.maxWaitMs + saveMs);
        }
        expect(doc.saver.hasUnsavedEdits).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
