import type { Stage } from '../../shared/domain/stage';
import type { AudienceStatus } from '../../shared/ipc/contract';

/**
 * The audience window as main sees it: a screen it can open, close, move and paint. In
 * the app it is a second BrowserWindow (audienceWindow.ts); in the end-to-end tests, a
 * second Chromium page bound to the same main core.
 */
export type AudienceScreen = {
  open: () => Promise<void>;
  close: () => Promise<void>;
  /** Exchange the console's and the audience's displays. */
  swap: () => Promise<void>;
  /** A big number on each display for a moment. */
  identify: () => Promise<void>;
  status: () => AudienceStatus;
  paint: (stage: Stage) => void;
};

export const NO_AUDIENCE: AudienceStatus = { open: false, fullScreen: false, displays: 1 };

/**
 * Holds what the room sees. The presenter sends a stage (already checked against the
 * schema by the dispatcher); it is kept, so an audience window opened or reloaded later
 * shows the same thing at once, and painted on the audience screen if one is open.
 */
export class StageRelay {
  private latest: Stage | null = null;

  constructor(private readonly screen: AudienceScreen | null) {}

  show(stage: Stage): null {
    this.latest = stage;
    if (this.screen?.status().open) this.screen.paint(stage);
    return null;
  }

  current(): Stage | null {
    return this.latest;
  }

  async open(): Promise<AudienceStatus> {
    await this.screen?.open();
    if (this.latest && this.screen?.status().open) this.screen.paint(this.latest);
    return this.status();
  }

  async close(): Promise<AudienceStatus> {
    await this.screen?.close();
    return this.status();
  }

  async swap(): Promise<AudienceStatus> {
    await this.screen?.swap();
    return this.status();
  }

  async identify(): Promise<null> {
    await this.screen?.identify();
    return null;
  }

  status(): AudienceStatus {
    return this.screen?.status() ?? NO_AUDIENCE;
  }
}
