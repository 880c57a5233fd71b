import { parentPort } from 'node:worker_threads';
import { MIGRATIONS } from '../shared/domain/workspace';
import { decodeFileBytes, type DecodedFile } from './services/workspaceDecoder';

/**
 * The worker thread behind `workerDecoder`: one message per workspace file, answered with
 * its decoded text and facts. Built as its own entry next to the main bundle.
 */
parentPort?.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  let result: DecodedFile;
  try {
    result = decodeFileBytes(bytes, MIGRATIONS);
  } catch (error) {
    result = {
      ok: false,
      code: 'CORRUPT',
      message: 'Offsite could not read it.',
      details: error instanceof Error ? error.message : String(error),
    };
  }
  // The answer's bytes are handed over, not copied.
  const transfer = result.ok
    ? [result.document.buffer, ...(result.upgraded ? [result.upgraded.bytes.buffer] : [])]
    : [];
  parentPort?.postMessage({ id, result }, transfer as ArrayBuffer[]);
});
