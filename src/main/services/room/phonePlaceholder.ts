import type { PhoneAsset } from './roomTypes';

/**
 * A stand-in for the phone page until the real one is built: a page with no inline script
 * or style (the CSP forbids both), so the server's headers and routes can be exercised.
 */
export const PLACEHOLDER_PHONE_ASSETS: Readonly<Record<string, PhoneAsset>> = {
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
<body><main id="phone">Offsite room link</main></body>
</html>
`,
  },
  '/phone.js': {
    contentType: 'text/javascript; charset=utf-8',
    body: `document.getElementById('phone').dataset.ready = 'true';\n`,
  },
};
