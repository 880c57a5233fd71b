import { isDomainError } from '../../../shared/domain/domainError';
import { castBallot } from '../../../shared/domain/rounds';
import type { Workspace } from '../../../shared/domain/workspace';
import type { BallotSink } from './roomTypes';

/** How the sink reaches the workspace: the workspace service's read and save of one open folder. */
export type WorkspacePort = {
  load: () => Promise<Workspace>;
  save: (workspace: Workspace) => Promise<void>;
};

type Pending = {
  ballot: Parameters<BallotSink['submit']>[0];
  resolve: (outcome: { ok: true } | { ok: false; message: string }) => void;
};

const NOT_SAVED = 'The laptop could not save your ballot. Send it again in a moment.';

/** How long the first ballot of a write waits for others: a room submits in a burst. */
const GATHER_MS = 10;

/**
 * Ballots from phones saved into a workspace folder, one write at a time: cast every ballot
 * that arrived meanwhile (the same `castBallot` the laptop's voting screen uses, so a
 * phone's ballot is refused for the same reasons), then save once. Two hundred phones
 * submitting together cost a handful of saves, not two hundred, and a phone hears "ok" only
 * once the save that holds its ballot has finished. The workspace is read once and then
 * kept as last saved (the folder is locked to us); after a failed save it is read again.
 */
export class WorkspaceBallotSink implements BallotSink {
  private pending: Pending[] = [];
  private running: Promise<void> | null = null;
  private current: Workspace | null = null;

  constructor(
    private readonly port: WorkspacePort,
    private readonly now: () => Date,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly gatherMs = GATHER_MS,
  ) {}

  submit(ballot: Pending['ballot']): Promise<{ ok: true } | { ok: false; message: string }> {
    return new Promise((resolve) => {
      this.pending.push({ ballot, resolve });
      this.run();
    });
  }

  /** Resolves once every ballot submitted so far is saved or refused. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private run(): void {
    if (this.running) return;
    this.running = new Promise<void>((r) => setTimeout(r, this.gatherMs))
      .then(() => this.flush())
      .finally(() => {
        this.running = null;
        if (this.pending.length > 0) this.run();
      });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    let workspace: Workspace;
    try {
      workspace = this.current ?? (await this.port.load());
    } catch (error) {
      this.onError(error);
      for (const p of batch) p.resolve({ ok: false, message: NOT_SAVED });
      return;
    }
    const cast: Pending[] = [];
    const now = this.now();
    for (const p of batch) {
      const { roundId, participantId, content } = p.ballot;
      try {
        workspace = castBallot(workspace, roundId, participantId, content, now);
        cast.push(p);
      } catch (error) {
        if (!isDomainError(error)) this.onError(error);
        p.resolve({ ok: false, message: isDomainError(error) ? error.message : NOT_SAVED });
      }
    }
    if (cast.length === 0) return;
    try {
      await this.port.save(workspace);
      this.current = workspace;
    } catch (error) {
      this.current = null;
      this.onError(error);
      for (const p of cast) p.resolve({ ok: false, message: NOT_SAVED });
      return;
    }
    for (const p of cast) p.resolve({ ok: true });
  }
}
