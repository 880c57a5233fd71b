import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentActions, useDocument } from '../../../src/renderer/src/document';
import { statementView } from '../../../src/renderer/src/features/statements';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import { newPriority } from '../../../src/shared/domain/priorities';
import { setFocus } from '../../../src/shared/domain/rounds/roundOps';
import type { Workspace } from '../../../src/shared/domain/workspace';
import { installFakeApi, type FakeMain, type SeedOptions } from '../fakeApi';
import { renderApp } from '../renderApp';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});
afterEach(() => statementView.close());

const PEOPLE = ['Dana', 'Сергей', '李明', 'Aiko'];
type User = Awaited<ReturnType<typeof renderApp>>['user'];

/** Opens the Ranking tab of a team of four; `prepare` changes the file before it is opened. */
async function openRankingTab(options: SeedOptions = {}, prepare: (w: Workspace) => Workspace = (w) => w) {
  const path = main.seed({ name: 'Q1 Offsite', participants: PEOPLE.map((name) => ({ name })), ...options });
  const w = main.onDisk(path)!;
  w.priorities = [newPriority({ title: 'EU launch' }, 'p-eu'), newPriority({ title: 'Hiring' }, 'p-hire')];
  Object.assign(w, prepare(w));
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  await app.user.click(screen.getByRole('tab', { name: 'Ranking' }));
  return { ...app, path };
}

const check = () => useDocument.getState().current!.workspace.statementChecks[0]!;
const status = () => within(screen.getByRole('region', { name: 'Writing' })).getByRole('status').textContent;
const personButton = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}: `) });

async function openCheck(user: User, kind: 'same-message' | 'success') {
  await user.click(screen.getByRole('button', { name: `New ${kind} check…` }));
  await user.click(screen.getByRole('button', { name: 'Open the check' }));
}

/** Picks a name and writes; the private screen must start blank whoever wrote before. */
async function write(user: User, name: string, texts: string[]) {
  await user.click(personButton(name));
  const dialog = screen.getByRole('dialog', { name: `Private draft for ${name}` });
  const boxes = within(dialog).getAllByRole('textbox');
  expect(boxes.map((b) => (b as HTMLInputElement).value)).toEqual(boxes.map(() => ''));
  for (const [i, text] of texts.entries()) if (text) await user.type(boxes[i]!, text);
  await user.click(within(dialog).getByRole('button', { name: 'Done' }));
}

describe('the same-message check', () => {
  it('takes drafts in private and shows who has written, never what', async () => {
    const { user } = await openRankingTab();
    await openCheck(user, 'same-message');
    expect(status()).toBe('0 of 4 have written. Drafts stay hidden until the reveal.');

    await write(user, 'Dana', ['Customers first', 'Ship the EU launch']);
    expect(status()).toMatch(/^Thanks, Dana: your draft is in\. 1 of 4 have written/);
    expect(personButton('Dana').getAttribute('aria-label')).toBe('Dana: has written');
    expect(personButton('Dana')).toHaveProperty('disabled', true);
    expect(document.body.textContent).not.toContain('Customers first');
    // The next person sees nothing of Dana's draft (write() checks the boxes are blank).
    await write(user, 'Сергей', ['Keep our customers']);
    expect(check().answeredBy).toHaveLength(2);
    expect(screen.queryByRole('region', { name: 'Drafts side by side' })).toBeNull();
  });

  it('refuses an empty draft in words on the private screen, changing nothing', async () => {
    const { user } = await openRankingTab();
    await openCheck(user, 'same-message');
    await user.click(personButton('Aiko'));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('alert').textContent).toBe('Write at least one message.');
    expect(check().answeredBy).toEqual([]);
  });

  it('reveals one column per person with shared words marked, and agrees messages from a draft', async () => {
    const { user, path } = await openRankingTab();
    await openCheck(user, 'same-message');
    await write(user, 'Dana', ['Customers first', 'Ship the EU launch']);
    await write(user, 'Сергей', ['Keep our customers']);
    await write(user, '李明', ['客户第一', 'The launch is the focus']);

    await user.click(screen.getByRole('button', { name: 'Reveal results' }));
    expect(screen.getByRole('alert').textContent).toMatch(/1 person has not written yet \(Aiko\)/);
    await user.click(screen.getByRole('button', { name: 'Reveal now' }));

    const reveal = screen.getByRole('region', { name: 'Drafts side by side' });
    const headers = within(reveal)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Message', 'Dana', 'Сергей', '李明']);
    const firstRow = within(reveal).getAllByRole('row')[1]!;
    expect(
      within(firstRow)
        .getAllByRole('cell')
        .map((c) => c.querySelector('p')!.textContent),
    ).toEqual(['Customers first', 'Keep our customers', '客户第一']);
    expect([...reveal.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Customers',
      'customers',
      'launch',
      'launch',
    ]);

    await user.click(within(reveal).getByRole('button', { name: 'Use this: Ship the EU launch' }));
    const form = screen.getByRole('form', { name: 'Agree the messages' });
    const box1 = within(form).getByLabelText('Agreed message 1');
    expect((box1 as HTMLTextAreaElement).value).toBe('Ship the EU launch');
    await user.type(box1, ' by June');
    await user.click(within(reveal).getByRole('button', { name: 'Use this: Keep our customers' }));
    await user.click(within(form).getByRole('button', { name: 'Save the agreed messages' }));

    const agreed = screen.getByRole('region', { name: 'What every team will hear' });
    expect(
      within(agreed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ship the EU launch by June', 'Keep our customers']);
    expect(agreed.textContent).toMatch(/Check of /);
    await act(() => documentActions.flush());
    expect(main.onDisk(path)!.agreedMessages).toEqual(['Ship the EU launch by June', 'Keep our customers']);
    // Undo takes the agreement back, as any edit.
    act(() => documentActions.undo());
    expect(useDocument.getState().current!.workspace.agreedMessages).toEqual([]);
  });

  it('shows a read-only workspace its reveal and agreed messages, with nothing to edit', async () => {
    // A revealed check and its agreed messages, from the file itself.
    const { user } = await openRankingTab({ readOnlyReason: 'Another window has it open.' }, (w) => {
      const dana = w.participants[0]!.id;
      return {
        ...w,
        agreedMessages: ['Customers first'],
        statementChecks: [
          {
            id: 'sc',
            kind: 'messages',
            title: 'Same message',
            createdAt: '2026-12-06T09:00:00.000Z',
            status: 'revealed',
            anonymous: false,
            answeredBy: [dana],
            drafts: [{ messages: ['Customers first'], participantId: dana }],
          },
        ],
      };
    });
    expect(screen.queryByRole('button', { name: 'New same-message check…' })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Same message/ }));
    expect(screen.getByRole('region', { name: 'What every team will hear' }).textContent).toContain(
      'Customers first',
    );
    expect(screen.queryByRole('button', { name: /^Use this/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Agree the messages' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete this check' })).toBeNull();
  });
});

describe('the success check', () => {
  it('says in words that success needs a focus first', async () => {
    const { user } = await openRankingTab();
    await openCheck(user, 'success');
    expect(screen.getByRole('alert').textContent).toMatch(/^There is no focus yet/);
    expect(useDocument.getState().current!.workspace.statementChecks).toEqual([]);
  });

  it('counts the different metrics and stores the agreed definition with the focus', async () => {
    const { user, path } = await openRankingTab({}, (w) => setFocus(w, 'p-eu'));
    await openCheck(user, 'success');
    expect(check()).toMatchObject({ kind: 'success', priorityId: 'p-eu', title: 'Success: EU launch' });
    await write(user, 'Dana', ['Paying EU customers', '40 by June']);
    await write(user, 'Сергей', ['paying  EU customers', '35']);
    await write(user, '李明', ['NPS', '50']);
    await user.click(screen.getByRole('button', { name: 'Reveal results' }));
    await user.click(screen.getByRole('button', { name: 'Reveal now' }));

    expect(screen.getByText('3 people, 2 different metrics')).toBeTruthy();
    const group = screen.getByRole('listitem', { name: 'Paying EU customers' });
    expect(within(group).getByText('2 of 3 wrote this')).toBeTruthy();
    await user.click(within(group).getByRole('button', { name: 'Use this: Paying EU customers' }));
    const form = screen.getByRole('form', { name: 'Agree the definition of success' });
    const target = within(form).getByLabelText('Target');
    await user.clear(target);
    await user.type(target, '40 paying by 30 June');
    await user.click(within(form).getByRole('button', { name: 'Save the definition of success' }));

    expect(screen.getByRole('region', { name: 'Agreed definition of success' }).textContent).toContain(
      'Agreed definition of success for EU launch: Paying EU customers — 40 paying by 30 June',
    );
    await act(() => documentActions.flush());
    expect(main.onDisk(path)!.successDefinition).toEqual({
      priorityId: 'p-eu',
      metric: 'Paying EU customers',
      target: '40 paying by 30 June',
    });
  });
});
