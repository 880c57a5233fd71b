import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveAppRequest, resolveDocumentRequest } from '../../src/main/services/appProtocol';

/**
 * Serves the built renderer over loopback through the same resolver and headers as the
 * app:// protocol, so the page under test runs with the production CSP.
 */
export async function startAppServer(
  rendererDir: string,
  /** The app's DocumentOutbox, as the app:// protocol serves it (AppCore.takeDocument). */
  takeDocument: (token: string) => Uint8Array | undefined = () => undefined,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    const handedOver = resolveDocumentRequest(`http://${host}${req.url ?? '/'}`, host, takeDocument);
    if (handedOver) {
      res.writeHead(handedOver.status, handedOver.headers).end(handedOver.body ?? undefined);
      return;
    }
    const resolved = resolveAppRequest(rendererDir, `http://${host}${req.url ?? '/'}`, host);
    if (resolved.status !== 200) {
      res.writeHead(resolved.status, resolved.headers).end();
      return;
    }
    stat(resolved.filePath).then(
      () => {
        res.writeHead(200, resolved.headers);
        createReadStream(resolved.filePath).pipe(res);
      },
      () => res.writeHead(404, resolved.headers).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
