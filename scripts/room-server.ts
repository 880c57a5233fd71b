/**
 * The room link over a workspace folder, without Electron:
 *
 *   npx tsx scripts/room-server.ts --workspace DIR [--round ID] [--host 127.0.0.1] [--port 0] [--data-dir DIR]
 *
 * Opens the folder through the workspace service (locking it as the app does), starts the
 * room server for the round (by default the newest open one), prints one JSON line
 * {"url", "code", "seats": [{"participantId", "name", "joinUrl"}]} and serves until SIGTERM
 * or Ctrl+C, saving each phone's ballot into the workspace. Backups and recents go to
 * --data-dir (a fresh temp folder by default), never into the workspace.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAppCore } from '../src/main/bootstrap';
import { loadPhoneAssets, openWorkspaceRoom } from '../src/main/services/room';

let args: { workspace?: string; round?: string; host: string; port: string; 'data-dir'?: string };
try {
  args = parseArgs({
    options: {
      workspace: { type: 'string' },
      round: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail((e as Error).message);
}
if (!args.workspace) fail('Name the workspace folder: --workspace DIR');
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0–65535, not "${args.port}"`);

const dataDir = args['data-dir'] ?? (await mkdtemp(join(tmpdir(), 'offsite-room-server-')));
const core = createAppCore({
  dataDir,
  documentsDir: dataDir,
  version: 'room-server',
  platform: process.platform,
  trustedOrigins: [],
  trash: () => Promise.reject(new Error('The room server never deletes a workspace.')),
  dialogs: {
    chooseParentFolder: () => Promise.resolve(null),
    chooseWorkspaceFolder: () => Promise.resolve(null),
  },
});

// The phone page as built by `npm run build:phone`; without a build, a page that says so.
const phonePage = await loadPhoneAssets(resolve(import.meta.dirname, '../out/phone'));
if (!phonePage.built) console.error(phonePage.message);

let room: Awaited<ReturnType<typeof openWorkspaceRoom>>;
try {
  room = await openWorkspaceRoom(core.workspaces, resolve(args.workspace), {
    host: args.host,
    port,
    assets: phonePage.assets,
    ...(args.round ? { roundId: args.round } : {}),
    onSaveError: (e) => console.error(`Could not save a ballot: ${(e as Error).message}`),
    onEvent: (event) => {
      if (event.type === 'claimRefused' || event.type === 'lockedOut') console.error(JSON.stringify(event));
      // Closed by itself (idle): nothing is left to serve.
      if (event.type === 'closed' && event.reason === 'idle') void stop(0);
    },
  });
} catch (e) {
  await core.dispose();
  fail((e as Error).message);
}

const info = room.server.info();
console.log(
  JSON.stringify({
    url: info.url,
    code: info.code,
    seats: info.seats.map(({ participantId, name, joinUrl }) => ({ participantId, name, joinUrl })),
  }),
);

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await room.stop();
    await core.dispose();
  } catch (e) {
    console.error((e as Error).message);
    code = 1;
  }
  process.exit(code);
}
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
