import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentActions } from '../../../src/renderer/src/document';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { current, objective, openCascade } from './openCascade';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});
// jsdom has no scrollIntoView; the test that watches it puts one in, and it goes again here.
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

const priorityCard = (name: RegExp | string) => screen.getByRole('region', { name });
const department = (name: string) => screen.getByRole('listitem', { name: `Department ${name}` });

describe('the Cascade tab', () => {
  it('shows the committed priorities, the focus first, each with its objectives by department', async () => {
    await openCascade(main);
    const cards = [...document.querySelectorAll('.cascade-priority')].map((r) =>
      r.getAttribute('aria-label'),
    );
    expect(cards).toEqual(['Focus: Enterprise SSO', 'Launch in the EU', null]);
    const sso = priorityCard('Focus: Enterprise SSO');
    expect(
      within(sso)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Sales', 'Engineering']);
    expect(within(sso).getByRole('listitem', { name: 'Objective Ship SAML and OIDC sign-in' })).toBeTruthy();
    // Finance's books serve no committed priority: listed on their own, not under a priority.
    const orphans = screen.getByRole('region', { name: 'Not serving a committed priority' });
    expect(
      within(orphans).getByRole('listitem', { name: 'Objective Close the books in five days' }),
    ).toBeTruthy();
    expect(department('Finance').textContent).toContain('5 of');
    expect(within(department('Finance')).getByLabelText('Capacity of Finance')).toHaveProperty('value', '4');
  });

  it('lists the flags in words, and a click scrolls to and highlights what the flag is about', async () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    const { user } = await openCascade(main);
    const flags = within(screen.getByRole('region', { name: '3 flags to look at' })).getAllByRole('button');
    expect(flags.map((f) => f.textContent)).toEqual([
      expect.stringMatching(
        /^Orphan.*Finance’s objective “Close the books in five days” is linked to no company priority/,
      ),
      expect.stringMatching(/^Overloaded.*Finance has 5 effort points of objectives against a capacity of 4/),
      expect.stringMatching(/^Local optimisation.*Sales ranks an objective of its own/),
    ]);
    await user.click(flags[1]!);
    expect(flags[1]!.getAttribute('aria-pressed')).toBe('true');
    expect(department('Finance').classList).toContain('is-flag-target');
    expect(department('Sales').classList).not.toContain('is-flag-target');
    const vat = screen.getByRole('listitem', { name: 'Objective Invoice in euros with EU VAT' });
    expect(vat.classList).toContain('is-flag-target');
    expect(scrolled).toHaveBeenCalled();
    expect(scrolled.mock.contexts.at(-1)).toBe(department('Finance'));
  });

  it('adds an objective under a priority and edits it in place, saved through the document', async () => {
    const { user, path } = await openCascade(main);
    const eu = priorityCard('Launch in the EU');
    const form = within(eu).getByRole('form', { name: 'Add an objective for Launch in the EU' });
    await user.selectOptions(within(form).getByLabelText('Department'), 'Finance');
    await user.type(within(form).getByLabelText('New objective'), 'Open a euro bank account');
    await user.click(within(form).getByRole('button', { name: 'Add objective' }));
    const added = current().cascade.contributions.at(-1)!;
    expect(added).toMatchObject({
      objective: 'Open a euro bank account',
      departmentId: 'dep-fin',
      priorityIds: ['pr-eu'],
    });
    const row = within(priorityCard('Launch in the EU')).getByRole('listitem', {
      name: 'Objective Open a euro bank account',
    });
    await user.type(within(row).getByLabelText('Owner'), 'Priya Nair{Enter}');
    expect(objective(added.id).owner).toBe('Priya Nair');
    await act(() => documentActions.flush());
    expect(main.onDisk(path)!.cascade.contributions.at(-1)!.owner).toBe('Priya Nair');
  });

  it('refuses an impossible effort beside the field and keeps the saved one', async () => {
    const { user } = await openCascade(main);
    const row = screen.getByRole('listitem', { name: 'Objective Ship SAML and OIDC sign-in' });
    const effort = within(row).getByLabelText('Effort');
    await user.clear(effort);
    await user.type(effort, '14{Enter}');
    expect(within(row).getByRole('alert').textContent).toBe('Effort is a number of points from 0 to 10.');
    expect(objective('c-eng-sso').effort).toBe(7);
  });

  it('links and unlinks a priority, and the flags follow', async () => {
    const { user } = await openCascade(main);
    const books = () => screen.getByRole('listitem', { name: 'Objective Close the books in five days' });
    await user.selectOptions(within(books()).getByLabelText(/Link a priority/), 'Launch in the EU');
    expect(objective('c-fin-close').priorityIds).toEqual(['pr-eu']);
    expect(screen.queryByRole('region', { name: 'Not serving a committed priority' })).toBeNull();
    expect(screen.getByRole('region', { name: '2 flags to look at' })).toBeTruthy();
    await user.click(within(books()).getByRole('button', { name: 'Unlink Launch in the EU' }));
    expect(objective('c-fin-close').priorityIds).toEqual([]);
  });

  it('adds a department with its capacity and refuses a second one of the same name', async () => {
    const { user } = await openCascade(main);
    const panel = screen.getByRole('region', { name: 'Departments' });
    await user.type(within(panel).getByLabelText('New department'), 'People');
    await user.clear(within(panel).getByLabelText('Capacity'));
    await user.type(within(panel).getByLabelText('Capacity'), '6');
    await user.click(within(panel).getByRole('button', { name: 'Add department' }));
    expect(current().cascade.departments.at(-1)).toMatchObject({ name: 'People', capacity: 6 });
    await user.type(within(panel).getByLabelText('New department'), 'sales');
    await user.click(within(panel).getByRole('button', { name: 'Add department' }));
    expect(within(panel).getByRole('alert').textContent).toBe(
      'There is already a department called “sales”.',
    );
    expect(current().cascade.departments).toHaveLength(4);
  });
});
