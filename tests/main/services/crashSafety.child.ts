/**
 * Child process for crashSafety.test.ts (docs/quality.md D1): saves workspace version A, then B,
 * then A… into the folder given as the first argument, forever, through the production
 * save path. After the first completed save it prints `ready` once, so the parent knows
 * saving is under way and can SIGKILL it at a random point. It exits by itself when its
 * stdin closes, so a parent that dies without killing it leaves no process behind.
 *
 * Run as `node --import tsx crashSafety.child.ts <folder>` (the test runs a one-off
 * esbuild bundle of this file instead, to start faster). Importing this module (the test
 * does, for the two versions) does not start the loop.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeFsPort } from '../../../src/main/services/fsPort';
import { writeWorkspaceFile } from '../../../src/main/services/workspaceFile';
import type { Workspace } from '../../../src/shared/domain/workspace';
import { bigWorkspace } from '../../support/workspaceArbitrary';

/** Two clearly different, valid workspaces of ~0.5 MB each, so a save takes a little time. */
export function crashVersions(): { a: Workspace; b: Workspace } {
  const a = {
    ...bigWorkspace(1000, 1500),
    id: 'crash-a',
    name: 'Version A',
    period: '2027-Q1',
    organisation: 'Alpha Industries',
  };
  const b = {
    ...bigWorkspace(940, 1430),
    id: 'crash-b',
    name: 'Version B',
    period: '2027-Q2',
    organisation: 'Bravo Holdings',
  };
  return { a, b };
}

async function saveForever(dir: string): Promise<never> {
  const { a, b } = crashVersions();
  let announced = false;
  for (let i = 0; ; i++) {
    await writeWorkspaceFile(nodeFsPort, dir, i % 2 === 0 ? a : b);
    if (!announced) {
      announced = true;
      process.stdout.write('ready\n');
    }
  }
}

const isEntryPoint = (() => {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (isEntryPoint) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: crashSafety.child.ts <folder>\n');
    process.exit(2);
  }
  // The parent holds our stdin open; if it dies without killing us, stop instead of saving forever.
  process.stdin.on('end', () => process.exit(0)).resume();
  saveForever(dir).catch((error: unknown) => {
    process.stderr.write(
      `save failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
