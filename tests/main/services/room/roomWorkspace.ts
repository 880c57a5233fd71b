import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nodeFsPort } from '../../../../src/main/services/fsPort';
import { writeWorkspaceFile } from '../../../../src/main/services/workspaceFile';
import { newPriority } from '../../../../src/shared/domain/priorities';
import { createRound } from '../../../../src/shared/domain/rounds';
import { addParticipant, createWorkspace, type Workspace } from '../../../../src/shared/domain/workspace';
import { within } from './phoneClient';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const ROOM_SERVER = 'scripts/room-server.ts';

/**
 * A workspace for a room of `voters` people (ids p1…pN), a facilitator who does not vote, and twelve priorities item-1…item-12,
 * with an older open round `round-old` and the newest open round `round-new` (full order).
 */
export function roomWorkspace(voters: number): Workspace {
  const start = new Date('2027-01-15T09:00:00Z');
  let w = createWorkspace(
    { name: 'Room link offsite', kind: 'offsite', period: '2027-Q1', organisation: 'Northwind Ltd' },
    'ws-room',
    start,
  );
  for (let i = 0; i < voters; i++) w = addParticipant(w, { name: `Voter ${i + 1}` }, `p${i + 1}`);
  // A facilitator who does not vote, where the workspace has room for one (200 people at most).
  if (voters < 200) w = addParticipant(w, { name: 'Facilitator', isFacilitator: true }, 'facilitator');
  w = {
    ...w,
    priorities: Array.from({ length: 12 }, (_, i) =>
      newPriority(
        { title: `Priority ${i + 1}`, owner: 'Secret owner', impact: 5, effort: 5 },
        `item-${i + 1}`,
      ),
    ),
  };
  const itemIds = w.priorities.map((p) => p.id);
  w = createRound(w, { question: 'An earlier question', method: 'order', itemIds }, 'round-old', start);
  const later = new Date(start.getTime() + 3_600_000);
  return createRound(
    w,
    { question: 'What matters most next quarter?', method: 'order', itemIds },
    'round-new',
    later,
  );
}

export const writeRoomWorkspace = (dir: string, w: Workspace) => writeWorkspaceFile(nodeFsPort, dir, w);

export type RoomLine = {
  url: string;
  code: string;
  seats: Array<{ participantId: string; name: string; joinUrl: string }>;
};

/** scripts/room-server.ts as a child process; resolves with its JSON line once it serves. */
export async function startRoomScript(
  args: string[],
  startMs = 60_000,
): Promise<{ child: ChildProcess; line: RoomLine; stderr: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ROOM_SERVER, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const line = await within(
    new Promise<RoomLine>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const end = stdout.indexOf('\n');
        if (end >= 0) resolve(JSON.parse(stdout.slice(0, end)) as RoomLine);
      });
      child.once('exit', (code) => reject(new Error(`room server exited (${code}): ${stderr}`)));
    }),
    'the room server to print its address',
    startMs,
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return { child, line, stderr: () => stderr };
}

/** The exit code once the child has ended (it is killed if it has not after `ms`). */
export function exitOf(child: ChildProcess, ms = 15_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return within(
    new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code))),
    'the room server to exit',
    ms,
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
}
