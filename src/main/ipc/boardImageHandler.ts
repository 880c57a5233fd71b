import type { RequestOf } from '../../shared/ipc/contract';
import { exportFileName, writeExport } from '../services/exportFiles';
import { nodeFsPort } from '../services/fsPort';
import { ServiceError } from '../services/serviceError';
import type { AppServices } from './handlers';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Saves a board image into the workspace's exports folder. The bytes are checked to be
 * what they claim (a PNG signature, or SVG markup), so the channel cannot be used to
 * drop arbitrary files next to a workspace.
 */
export async function exportBoardImage(
  s: AppServices,
  { handle, format, scope, day, base64 }: RequestOf<'board:exportImage'>,
): Promise<{ path: string }> {
  const bytes = Buffer.from(base64, 'base64');
  const valid =
    format === 'png'
      ? PNG_SIGNATURE.every((b, i) => bytes[i] === b)
      : /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(bytes.subarray(0, 512).toString('utf8'));
  if (!valid) throw new ServiceError('INVALID', `That is not a ${format.toUpperCase()} image.`);
  const { dir, name } = s.workspaces.folderOf(handle);
  const what = scope === 'selection' ? 'board selection' : 'board';
  return { path: await writeExport(s.fs ?? nodeFsPort, dir, exportFileName(name, what, day, format), bytes) };
}
