/**
 * A second Offsite process for the lock tests: opens the workspace folder given as its
 * argument with its real pid and host, says "locked", then keeps it open until killed.
 */
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { createAppCore } from '../../../src/main/bootstrap';

const folder = process.argv[2]!;
const dataDir = await mkdtemp(join(tmpdir(), 'offsite-holder-'));
const core = createAppCore({
  dataDir,
  documentsDir: dataDir,
  version: 'test',
  platform: process.platform,
  trustedOrigins: [],
  host: hostname(),
  trash: () => Promise.resolve(),
  dialogs: {
    chooseParentFolder: () => Promise.resolve(null),
    chooseWorkspaceFolder: () => Promise.resolve(null),
  },
});
const opened = await core.workspaces.openFolder(folder);
process.stdout.write(opened.readOnly ? `read-only: ${opened.readOnlyReason}\n` : 'locked\n');
setInterval(() => undefined, 1000);
