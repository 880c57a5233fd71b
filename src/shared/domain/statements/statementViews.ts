import type { Participant } from '../workspace/schema';
import type { MessagesCheck, SuccessCheck } from '../workspace/statementCheckSchema';

/**
 * What the reveal shows, derived from the saved drafts each time, never stored.
 *
 * Messages: one column per draft (per person, in the workspace's order of people when the
 * check is named; in the saved content order when anonymous), and, for each message, the
 * words it shares with another person's draft. That is all the "comparison" claims: the
 * same word in two drafts, not the same meaning.
 *
 * Success: the distinct metrics, grouped ignoring case and spacing, with how many wrote
 * each, so "6 people, 4 different metrics" reads at a glance.
 */
export type MessageColumn = {
  /** The author's name in a named check; null in an anonymous one. */
  author: string | null;
  messages: Array<{ text: string; shared: string[] }>;
};

export type MessagesReveal = {
  people: number;
  columns: MessageColumn[];
  /** Words found in two or more people's drafts, the most widely used first. */
  commonWords: Array<{ word: string; people: number }>;
};

export type MetricGroup = {
  /** The metric as most people wrote it (the first in content order on a tie). */
  metric: string;
  count: number;
  targets: string[];
  /** Who wrote it, in a named check; empty in an anonymous one. */
  authors: string[];
};

export type SuccessReveal = { people: number; distinctMetrics: number; groups: MetricGroup[] };

/** Words too common to say two drafts agree on anything. */
const STOP_WORDS = new Set(
  (
    'the and for with our are was were will that this from into onto have has had not but you your ' +
    'they their them its all any can each more most than then what when who how why who which all ' +
    'one two out off per via get got make made over under about also just very be is it of to in on ' +
    'at by an as or we us do so if no a'
  ).split(' '),
);

/** The words of a text for comparing: letters and digits, lower-cased, short or common ones left out. */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLocaleLowerCase('und').matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = match[0];
    // Scripts written without spaces (Chinese, Japanese) give whole phrases as one "word",
    // so a short one is kept; in alphabetic scripts a word under 3 letters says little.
    const alphabetic = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]+$/u.test(word);
    if (alphabetic && word.length < 3) continue;
    if (STOP_WORDS.has(word)) continue;
    words.add(word);
  }
  return words;
}

export function messagesReveal(
  check: MessagesCheck,
  participants: readonly Pick<Participant, 'id' | 'name'>[],
): MessagesReveal {
  const order = new Map(participants.map((p, i) => [p.id, i]));
  const names = new Map(participants.map((p) => [p.id, p.name]));
  const drafts = check.anonymous
    ? check.drafts
    : [...check.drafts].sort(
        (a, b) =>
          (order.get(a.participantId ?? '') ?? Infinity) - (order.get(b.participantId ?? '') ?? Infinity),
      );
  const wordsPerDraft = drafts.map((d) => new Set(d.messages.flatMap((m) => [...wordsOf(m)])));
  const peopleUsing = new Map<string, number>();
  for (const words of wordsPerDraft) for (const w of words) peopleUsing.set(w, (peopleUsing.get(w) ?? 0) + 1);
  const columns = drafts.map((d): MessageColumn => ({
    author: check.anonymous ? null : (names.get(d.participantId ?? '') ?? 'Someone no longer listed'),
    messages: d.messages.map((text) => ({
      text,
      shared: [...wordsOf(text)].filter((w) => (peopleUsing.get(w) ?? 0) >= 2),
    })),
  }));
  const commonWords = [...peopleUsing]
    .filter(([, n]) => n >= 2)
    .map(([word, people]) => ({ word, people }))
    .sort((a, b) => b.people - a.people || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return { people: drafts.length, columns, commonWords };
}

/** Case and spacing do not make two metrics different. */
export function metricKey(metric: string): string {
  return metric.toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

export function successReveal(
  check: SuccessCheck,
  participants: readonly Pick<Participant, 'id' | 'name'>[],
): SuccessReveal {
  const names = new Map(participants.map((p) => [p.id, p.name]));
  type Group = { forms: Map<string, number>; targets: string[]; authors: string[] };
  const groups = new Map<string, Group>();
  for (const d of check.drafts) {
    const key = metricKey(d.metric);
    const group: Group = groups.get(key) ?? { forms: new Map(), targets: [], authors: [] };
    group.forms.set(d.metric, (group.forms.get(d.metric) ?? 0) + 1);
    group.targets.push(d.target);
    if (!check.anonymous && d.participantId !== undefined)
      group.authors.push(names.get(d.participantId) ?? 'Someone no longer listed');
    groups.set(key, group);
  }
  const result = [...groups.values()].map((g): MetricGroup => ({
    metric: [...g.forms].reduce((best, form) => (form[1] > best[1] ? form : best))[0],
    count: g.targets.length,
    targets: g.targets,
    authors: g.authors,
  }));
  result.sort((a, b) => b.count - a.count || metricKey(a.metric).localeCompare(metricKey(b.metric), 'en'));
  return { people: check.drafts.length, distinctMetrics: result.length, groups: result };
}

/** "6 people, 4 different metrics": the reveal's headline. */
export function successHeadline(reveal: Pick<SuccessReveal, 'people' | 'distinctMetrics'>): string {
  const people = `${reveal.people} ${reveal.people === 1 ? 'person' : 'people'}`;
  if (reveal.distinctMetrics === 1)
    return reveal.people === 1 ? `${people}, 1 metric` : `${people}, all the same metric`;
  return `${people}, ${reveal.distinctMetrics} different metrics`;
}
