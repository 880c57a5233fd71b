import { Fragment } from 'react';

/**
 * A message with the given words marked (bold and underlined, not by colour alone). A word
 * is matched as the reveal's comparison reads it: letters and digits, case ignored.
 */
export function Highlighted({ text, words }: { text: string; words: readonly string[] }) {
  if (words.length === 0) return <>{text}</>;
  const marked = new Set(words);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (!marked.has(match[0].toLocaleLowerCase('und'))) continue;
    parts.push(text.slice(at, match.index));
    parts.push(<mark key={match.index}>{match[0]}</mark>);
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{p}</Fragment>
      ))}
    </>
  );
}
