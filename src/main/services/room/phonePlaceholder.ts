import type { PhoneAsset } from './roomTypes';

/**
 * The page phones get when the real phone page has not been built (see phoneAssets.ts):
 * it says so in plain words, with no inline script or style (the CSP forbids both), so
 * the server's headers and routes can be exercised without a build too.
 */
export function notBuiltPhoneAssets(message: string): Readonly<Record<string, PhoneAsset>> {
  return {
    '/': {
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Offsite room</title>
<script src="/phone.js" defer></script>
</head>
<body><main id="phone"><h1>Offsite room link</h1><p>${escapeHtml(message)}</p></main></body>
</html>
`,
    },
    '/phone.js': {
      contentType: 'text/javascript; charset=utf-8',
      body: `document.getElementById('phone').dataset.ready = 'true';\n`,
    },
  };
}

export const PLACEHOLDER_PHONE_ASSETS: Readonly<Record<string, PhoneAsset>> = notBuiltPhoneAssets(
  'This server was started without the phone page: voting from a phone needs `npm run build:phone`.',
);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
