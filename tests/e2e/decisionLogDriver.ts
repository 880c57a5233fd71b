import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createWorkspace, encodeWorkspace } from '../../src/shared/domain/workspace';
import { withDecisionLog } from '../support/decisionLogDemo';
import type { Harness } from './harness';

export const DEMO_LOG_NAME = 'Q1 2027 Leadership Offsite';

/**
 * Writes a workspace whose file already holds a full decision log (as the board and a day
 * of offsite leave it), opens it through “Open…” like a user would, and shows the
 * Decisions tab. Returns the path of its workspace.json.
 */
export async function openDemoLog(
  app: Harness,
  options: { heldElsewhere?: boolean; text?: (plain: string) => string } = {},
): Promise<string> {
  const folder = join(app.documentsDir, 'Offsite', DEMO_LOG_NAME);
  await mkdir(folder, { recursive: true });
  const workspace = withDecisionLog(
    createWorkspace(
      { name: DEMO_LOG_NAME, kind: 'offsite', period: '2027-Q1', organisation: 'Northwind Ltd' },
      'ws-decisions',
      new Date('2027-01-15T09:00:00Z'),
    ),
    options.text,
  );
  const file = join(folder, 'workspace.json');
  await writeFile(file, encodeWorkspace(workspace));
  if (options.heldElsewhere) {
    // Another laptop has it open (fresh heartbeat): this one may only read.
    const now = new Date().toISOString();
    const lock = {
      app: 'Offsite',
      token: 't',
      pid: 1,
      host: 'other-laptop',
      user: 'dana',
      acquiredAt: now,
      heartbeatAt: now,
    };
    await writeFile(join(folder, 'workspace.lock'), JSON.stringify(lock));
  }
  app.dialogs.workspaceFolders.push(folder);
  await app.page.getByRole('button', { name: 'Open…' }).click();
  await app.page.getByRole('heading', { level: 1, name: DEMO_LOG_NAME }).waitFor();
  await app.page.getByRole('tab', { name: 'Decisions' }).click();
  await app.page.getByRole('heading', { name: 'Decision log' }).waitFor();
  return file;
}
