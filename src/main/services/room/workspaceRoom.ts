import type { WorkspaceService } from '../workspaceService';
import { roomForRound } from './roomForRound';
import { RoomServer } from './roomServer';
import type { RoomServerOptions } from './roomTypes';
import { WorkspaceBallotSink } from './workspaceBallotSink';

export type WorkspaceRoom = {
  server: RoomServer;
  /** Closes the link (the phones are told why), saves what is pending and closes the workspace. */
  stop: (reason?: Parameters<RoomServer['close']>[0]) => Promise<void>;
};

/**
 * A room link over a workspace folder with no window: the folder is opened through the
 * workspace service (so it is locked, and every ballot goes through its ordered, atomic
 * saves), and the phones' ballots are written into it. The developer entry
 * (scripts/room-server.ts) and the benchmark run it; the app itself keeps its open
 * document in the window and passes its own sink.
 */
export async function openWorkspaceRoom(
  workspaces: WorkspaceService,
  dir: string,
  options: Omit<RoomServerOptions, 'round' | 'seats' | 'ballots' | 'sink'> & {
    roundId?: string;
    now?: () => Date;
    onSaveError?: (error: unknown) => void;
  },
): Promise<WorkspaceRoom> {
  const opened = await workspaces.openFolder(dir);
  try {
    if (opened.readOnly) throw new Error(opened.readOnlyReason ?? 'The workspace is open read-only here.');
    const { handle } = opened;
    const now = options.now ?? (() => new Date());
    const room = roomForRound(await workspaces.readFromDisk(handle), options.roundId);
    const sink = new WorkspaceBallotSink(
      {
        load: () => workspaces.readFromDisk(handle),
        save: async (w) => void (await workspaces.save(handle, w)),
      },
      now,
      options.onSaveError,
    );
    const server = await RoomServer.start({ ...options, ...room, sink });
    return {
      server,
      stop: async (reason) => {
        await server.close(reason);
        await sink.settled();
        await workspaces.close(handle);
      },
    };
  } catch (error) {
    await workspaces.close(opened.handle);
    throw error;
  }
}
