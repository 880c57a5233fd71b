/**
 * The one escape every piece of user text goes through before it reaches markup: the
 * deck's HTML (element content and attribute values alike, docs/quality.md X1) and the
 * board's SVG. Named entities for & < > " and &#39; for the apostrophe read the same in
 * HTML and in XML, so one function serves both.
 */

/**
 * Characters no XML document may contain (C0 controls other than tab and line breaks,
 * U+FFFE/U+FFFF, unpaired surrogates). One of them makes a whole SVG file unreadable; a
 * pasted title can carry them, so they are dropped.
 */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** True when the text holds a character no XML document may contain. */
export function hasXmlForbidden(text: string): boolean {
  XML_FORBIDDEN.lastIndex = 0;
  return XML_FORBIDDEN.test(text);
}

/** User text made safe for HTML or XML markup: forbidden characters dropped, the five specials escaped. */
export function escapeMarkup(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
