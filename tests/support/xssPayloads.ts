/** Text people might type (or paste) that would run script if a page ever took it as markup (docs/quality.md X1). */
export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '[y](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '</style><script>alert(1)</script>',
  '<svg><foreignObject><body onload=alert(1)></foreignObject></svg>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '![x](javascript:alert(1))',
  '<math><mtext></p><script>alert(1)</script>',
];
