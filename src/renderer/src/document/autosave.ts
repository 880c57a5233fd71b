/**
 * Debounced saving with a ceiling: a save starts `quietMs` after the last edit, but never
 * later than `maxWaitMs` after the first unsaved one, so continuous typing still lands on
 * disk within the 2 s promise (docs/quality.md D3). One save runs at a time; edits made during
 * a save trigger another afterwards.
 */
export type AutosaveOptions = { quietMs: number; maxWaitMs: number };
export const DEFAULT_AUTOSAVE: AutosaveOptions = { quietMs: 400, maxWaitMs: 1500 };

export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstDirtyAt: number | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly save: () => Promise<void>,
    private readonly options: AutosaveOptions = DEFAULT_AUTOSAVE,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Call after every edit. */
  touch(): void {
    const at = this.now();
    this.firstDirtyAt ??= at;
    if (this.running) return; // the running save reschedules when it ends
    this.schedule(at);
  }

  /** Save everything pending now; resolves when the disk has the latest edit. */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.running || this.firstDirtyAt !== null) {
      if (this.running) await this.running;
      else await this.runOnce();
    }
  }

  /** Edits not yet handed to a save (an in-flight save does not count). */
  get hasUnsavedEdits(): boolean {
    return this.firstDirtyAt !== null;
  }

  cancel(): void {
    this.clearTimer();
    this.firstDirtyAt = null;
  }

  private schedule(at: number): void {
    const deadline = (this.firstDirtyAt ?? at) + this.options.maxWaitMs;
    const delay = Math.max(0, Math.min(this.options.quietMs, deadline - at));
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runOnce().catch(() => undefined); // failures are reported by `save` itself
    }, delay);
  }

  private async runOnce(): Promise<void> {
    if (this.running || this.firstDirtyAt === null) return;
    this.firstDirtyAt = null;
    const run = this.save();
    this.running = run.then(
      () => undefined,
      () => undefined,
    );
    try {
      await run;
    } catch (error) {
      // Keep the edits marked unsaved; the next edit or flush retries (no retry loop
      // hammering a full disk).
      this.running = null;
      this.firstDirtyAt ??= this.now();
      throw error;
    }
    this.running = null;
    // Edits made while the save ran get their own save.
    if (this.firstDirtyAt !== null && this.timer === null) this.schedule(this.now());
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
