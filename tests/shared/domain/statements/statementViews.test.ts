import { describe, expect, it } from 'vitest';
import {
  messagesReveal,
  successHeadline,
  successReveal,
  wordsOf,
} from '../../../../src/shared/domain/statements';
import type {
  MessagesCheck,
  SuccessCheck,
} from '../../../../src/shared/domain/workspace/statementCheckSchema';

const PEOPLE = [
  { id: 'p1', name: 'Dana' },
  { id: 'p2', name: 'Сергей' },
  { id: 'p3', name: '李明' },
];
const base = { id: 'c', title: 'T', createdAt: '2026-12-06T09:00:00.000Z', status: 'revealed' as const };

describe('the side-by-side messages', () => {
  const check: MessagesCheck = {
    ...base,
    kind: 'messages',
    anonymous: false,
    answeredBy: ['p1', 'p2', 'p3'],
    // Saved in content order; shown in the order of people.
    drafts: [
      { messages: ['Customers first', 'Ship the EU launch'], participantId: 'p3' },
      { messages: ['Keep customers: churn under 2%'], participantId: 'p2' },
      { messages: ['We hire slowly', 'The EU launch is the focus'], participantId: 'p1' },
    ],
  };

  it('gives one column per person, in the order of people, with message 1 of each side by side', () => {
    const view = messagesReveal(check, PEOPLE);
    expect(view.columns.map((c) => c.author)).toEqual(['Dana', 'Сергей', '李明']);
    expect(view.columns.map((c) => c.messages[0]!.text)).toEqual([
      'We hire slowly',
      'Keep customers: churn under 2%',
      'Customers first',
    ]);
  });

  it("marks the words a message shares with another person's draft, not common words", () => {
    const view = messagesReveal(check, PEOPLE);
    expect(view.columns[0]!.messages[1]!.shared).toEqual(['launch']);
    expect(view.columns[1]!.messages[0]!.shared).toEqual(['customers']);
    expect(view.columns[2]!.messages.map((m) => m.shared)).toEqual([['customers'], ['launch']]);
    // "the" and "EU" (two letters) are in two drafts, yet say nothing about agreeing.
    expect(view.commonWords).toEqual([
      { word: 'customers', people: 2 },
      { word: 'launch', people: 2 },
    ]);
  });

  it('names nobody in an anonymous check', () => {
    const view = messagesReveal(
      { ...check, anonymous: true, drafts: check.drafts.map((d) => ({ messages: d.messages })) },
      PEOPLE,
    );
    expect(view.columns.map((c) => c.author)).toEqual([null, null, null]);
  });

  it('reads words in scripts other than Latin', () => {
    expect([...wordsOf('Клиенты прежде всего, 客户第一')]).toEqual([
      'клиенты',
      'прежде',
      'всего',
      '客户第一',
    ]);
  });
});

describe('the distinct metrics', () => {
  const check: SuccessCheck = {
    ...base,
    kind: 'success',
    priorityId: 'eu',
    anonymous: true,
    answeredBy: ['a', 'b', 'c', 'd', 'e'],
    drafts: [
      { metric: 'NPS', target: '50' },
      { metric: 'Paying  EU customers', target: '40 by June' },
      { metric: 'paying eu customers', target: '35' },
      { metric: 'Revenue', target: '€2M' },
      { metric: 'nps ', target: '45' },
    ].sort((x, y) => (x.metric < y.metric ? -1 : 1)),
  };

  it('groups metrics ignoring case and spacing and counts how many wrote each', () => {
    const view = successReveal(check, PEOPLE);
    expect(view.people).toBe(5);
    expect(view.distinctMetrics).toBe(3);
    expect(view.groups.map((g) => [g.count, g.targets.length])).toEqual([
      [2, 2],
      [2, 2],
      [1, 1],
    ]);
    expect(view.groups.map((g) => g.metric.toLowerCase().replace(/\s+/g, ' ').trim())).toEqual([
      'nps',
      'paying eu customers',
      'revenue',
    ]);
    expect(view.groups.every((g) => g.authors.length === 0)).toBe(true);
    expect(successHeadline(view)).toBe('5 people, 3 different metrics');
  });

  it('says when everyone wrote the same metric', () => {
    expect(successHeadline({ people: 4, distinctMetrics: 1 })).toBe('4 people, all the same metric');
    expect(successHeadline({ people: 1, distinctMetrics: 1 })).toBe('1 person, 1 metric');
  });
});
