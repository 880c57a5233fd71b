import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveAppRequest, resolveDocumentRequest } from './services/appProtocol';
import { APP_HOST, APP_SCHEME } from './windowConfig';

/** Must run before `app.ready`: app:// behaves like https (secure, standard origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from `rendererDir`, with the CSP on every response, and the
 * documents IPC replies hand over (DocumentOutbox), streamed to the window.
 */
export function serveAppProtocol(
  rendererDir: string,
  takeDocument: (token: string) => Uint8Array | undefined,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const handedOver = resolveDocumentRequest(request.url, APP_HOST, takeDocument);
    if (handedOver) return new Response(handedOver.body, handedOver);
    const resolved = resolveAppRequest(rendererDir, request.url, APP_HOST);
    if (resolved.status !== 200) return new Response(null, resolved);
    try {
      const body = await readFile(resolved.filePath);
      return new Response(body, { status: 200, headers: resolved.headers });
    } catch {
      return new Response(null, { status: 404, headers: resolved.headers });
    }
  });
}
