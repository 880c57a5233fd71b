import { bridge } from '../../bridge';
import type { Workspace } from '../../../../shared/domain/workspace';
import { localDay } from '../../../../shared/domain/calendarDay';
import { imageBytes, type ImageFormat } from './exportImage';
import { useDocument } from '../../document';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a multi-megabyte array into one call overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Saves the board (or the selected cards) as an image in the workspace's exports folder. */
export async function exportBoardImage(
  w: Workspace,
  selection: readonly string[],
  format: ImageFormat,
): Promise<string> {
  const handle = useDocument.getState().current?.handle;
  if (!handle) return 'Open a workspace first.';
  const cards = selection.filter((id) => w.priorities.some((p) => p.id === id));
  try {
    const bytes = await imageBytes(w, cards, format);
    const result = await bridge().board.exportImage({
      handle,
      format,
      scope: cards.length > 0 ? 'selection' : 'board',
      day: localDay(),
      base64: toBase64(bytes),
    });
    return result.ok
      ? `Saved ${cards.length > 0 ? 'the selection' : 'the board'} as ${result.value.path}`
      : result.message;
  } catch (e) {
    return `The image could not be made: ${e instanceof Error ? e.message : String(e)}`;
  }
}
