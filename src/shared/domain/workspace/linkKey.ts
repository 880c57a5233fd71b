/**
 * What makes two links the same link: "depends on" has a direction (A needs B is not B
 * needs A); conflicts, trade-offs and support are mutual, so A–B equals B–A.
 */
export function linkKey(link: { from: string; to: string; kind: string }): string {
  if (link.kind === 'depends-on') return `${link.kind}:${link.from}>${link.to}`;
  const [a, b] = link.from < link.to ? [link.from, link.to] : [link.to, link.from];
  return `${link.kind}:${a}|${b}`;
}
