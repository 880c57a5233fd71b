import type { RequestOf } from '../../shared/ipc/contract';
import { exportFileName, writeExport } from '../services/exportFiles';
import { nodeFsPort } from '../services/fsPort';
import { isCompletePng, isSafeSvg } from '../services/imageCheck';
import { ServiceError } from '../services/serviceError';
import type { AppServices } from './handlers';

/**
 * Saves a board image into the workspace's exports folder. The bytes are checked whole to
 * be what they claim (see imageCheck.ts), so the channel cannot be used to drop arbitrary
 * files next to a workspace.
 */
export async function exportBoardImage(
  s: AppServices,
  { handle, format, scope, day, base64 }: RequestOf<'board:exportImage'>,
): Promise<{ path: string }> {
  const bytes = Buffer.from(base64, 'base64');
  const valid = format === 'png' ? isCompletePng(bytes) : isSafeSvg(bytes);
  if (!valid) {
    throw new ServiceError(
      'INVALID',
      `That is not a complete ${format.toUpperCase()} image of the board, so it was not saved. Export the board again.`,
    );
  }
  const { dir, name } = s.workspaces.folderOf(handle);
  const what = scope === 'selection' ? 'board selection' : 'board';
  return { path: await writeExport(s.fs ?? nodeFsPort, dir, exportFileName(name, what, day, format), bytes) };
}
