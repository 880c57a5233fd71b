/**
 * Saves text through the browser's own download (a Blob and a link), as the template
 * library exports its files: no file-system access from the renderer, no new IPC.
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
  // The download holds its own reference by now; slow machines get a moment all the same.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
