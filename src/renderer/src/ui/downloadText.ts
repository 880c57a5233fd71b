/**
 * Saves text through the browser's own download (a Blob and a link): no file-system access
 * from the renderer, no new IPC. The template library and the parking lot export this way.
 */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; give slow machines a moment all the same.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
