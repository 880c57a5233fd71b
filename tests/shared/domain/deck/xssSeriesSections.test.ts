import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  answerCheckpoint,
  createCheckpoint,
  revealCheckpoint,
} from '../../../../src/shared/domain/alignment/checkpointEdits';
import { addContribution, addDepartment } from '../../../../src/shared/domain/cascade';
import { deckDocument } from '../../../../src/shared/domain/deck';
import { summarizeQuarter } from '../../../../src/shared/domain/series/quarterSummary';
import type { Workspace } from '../../../../src/shared/domain/workspace';
import { qbrWorkspace } from '../../../support/qbrWorkspace';
import { PAYLOADS } from '../../../support/xssPayloads';

/**
 * docs/quality.md X1 for the sections tied to the quarter series: the alignment trends, what
 * every team will hear and the cascade hold agreed messages, success definitions, department
 * names, objectives, checkpoint questions and quarter labels typed by people. None may run.
 */
const FORBIDDEN =
  /^(script|iframe|object|embed|img|image|link|base|form|input|button|foreignobject|use|math)$/;

function dangers(html: string): string[] {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (FORBIDDEN.test(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.toLowerCase().startsWith('on')) found.push(`${tag}[${attr.name}]`);
    }
  }
  window.close();
  return found;
}

function hostile(payload: string): { w: Workspace; html: string; text: string } {
  const at = new Date('2027-04-01T09:00:00Z');
  let w = qbrWorkspace();
  const committed = w.priorities.map((p, i) => (i < 2 ? { ...p, status: 'committed' as const } : p));
  w = { ...w, priorities: committed, focusPriorityId: committed[0]!.id };
  w = {
    ...w,
    agreedMessages: [`Customers first ${payload}`],
    successDefinition: {
      priorityId: committed[0]!.id,
      metric: `Paying EU customers ${payload}`,
      target: payload,
    },
    series: { seriesId: 's', quarterLabel: `Q2 ${payload}`, previous: null },
  };
  w = addDepartment(w, { id: 'd1', name: `Sales ${payload}`, capacity: 10 });
  w = addContribution(w, {
    id: 'c1',
    departmentId: 'd1',
    objective: `Sign 20 partners ${payload}`,
    owner: payload,
    measure: payload,
    horizon: 'now',
    effort: 3,
    priorityIds: [committed[0]!.id],
  });
  w = createCheckpoint(
    w,
    { title: payload, anonymous: true, ownQuestions: [`Own question ${payload}`] },
    'cp',
    at,
  );
  w = answerCheckpoint(w, 'cp', w.participants[0]!.id, [{ questionId: 'own-1', score: 2, comment: payload }]);
  w = revealCheckpoint(w, 'cp');
  w = {
    ...w,
    deck: {
      templateId: null,
      confidential: false,
      sections: [
        { id: 't', type: 'trends', title: `Trends ${payload}`, markdown: payload },
        { id: 'm', type: 'team-messages', title: `Messages ${payload}`, markdown: payload },
        { id: 'c', type: 'cascade', title: `Cascade ${payload}`, markdown: payload },
      ],
    },
  };
  const earlier = { ...summarizeQuarter(w), label: `Q1 ${payload}` };
  const html = deckDocument(w, w.deck!, {
    date: '2027-04-01',
    fontFaceCss: '',
    series: { earlier: [earlier], unread: [`“Q0 ${payload}” could not be found.`] },
  });
  const window = new Window();
  const text = new window.DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  window.close();
  return { w, html, text };
}

describe('X1: user text in the series sections of the deck never runs', () => {
  it.each(PAYLOADS)('payload %s is shown as text in trends, team messages and cascade', (payload) => {
    const { html, text } = hostile(payload);
    expect(dangers(html)).toEqual([]);
    for (const shown of [
      `Customers first ${payload}`,
      `Sales ${payload}`,
      `Sign 20 partners ${payload}`,
      `Own question ${payload}`,
    ]) {
      expect(text).toContain(shown);
    }
  });
});
