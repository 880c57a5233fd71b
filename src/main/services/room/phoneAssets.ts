import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { notBuiltPhoneAssets } from './phonePlaceholder';
import type { PhoneAsset } from './roomTypes';

/**
 * The phone page as the room server serves it: every file of the phone build (`out/phone`,
 * made by `npm run build:phone`) by its URL path, the page itself at `/`. Read once, when
 * the link opens, so a request never touches the disk. When the folder holds no build,
 * the server still starts with a page that says so plainly, rather than failing the room.
 */
export type PhonePage =
  | { built: true; assets: Readonly<Record<string, PhoneAsset>> }
  | { built: false; assets: Readonly<Record<string, PhoneAsset>>; message: string };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export async function loadPhoneAssets(dir: string): Promise<PhonePage> {
  let files: string[];
  try {
    files = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    files = [];
  }
  const page = join(dir, 'index.html');
  if (!files.includes(page)) {
    const message = `The phone page is not built (no ${page}): run \`npm run build:phone\`, then open the room link again.`;
    return { built: false, assets: notBuiltPhoneAssets(message), message };
  }
  const assets: Record<string, PhoneAsset> = {};
  for (const file of files) {
    // Only the kinds of file a page is made of: nothing else in the folder is served.
    const contentType = CONTENT_TYPES[extname(file).toLowerCase()];
    if (!contentType) continue;
    const path = `/${relative(dir, file).split(sep).join('/')}`;
    assets[path === '/index.html' ? '/' : path] = { contentType, body: new Uint8Array(await readFile(file)) };
  }
  return { built: true, assets };
}
