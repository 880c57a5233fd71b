import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaceActions } from '../../src/renderer/src/features/workspaces';
import { installFakeApi, type FakeMain, type SeedOptions } from './fakeApi';
import { advance, renderApp, settle } from './renderApp';
import { documentActions } from '../../src/renderer/src/document';

let main: FakeMain;
beforeEach(() => {
  vi.useFakeTimers(); // autosave timing is driven explicitly with advance()
  main = installFakeApi();
});

const TEAM = [
  { name: 'Ana Ruiz', role: 'CEO' },
  { name: 'Ben Okafor', role: 'CFO' },
  { name: 'Cara Lind', role: 'COO' },
];

/** Renders the app and opens a seeded workspace the way the home screen does. */
async function openWorkspace(seed: SeedOptions = {}) {
  const path = main.seed({ name: 'Q1 2027 Leadership Offsite', ...seed });
  const app = await renderApp();
  await act(() => workspaceActions.openRecent(path));
  return { ...app, path };
}

const rows = () => screen.queryAllByTestId('participant-row');
const nameInput = (row: HTMLElement) => within(row).getByLabelText<HTMLInputElement>('Name');
const rowNames = () => rows().map((row) => nameInput(row).value);
const saveStatus = () => screen.getByTestId('save-status').textContent;
const saves = () => main.requestsTo('workspace:save');
const lastSaved = () => saves().at(-1)?.workspace;
const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

/** Presses Tab until `target` has focus: how a keyboard user gets there. */
async function tabTo(user: UserEvent, target: HTMLElement) {
  for (let i = 0; i < 40 && document.activeElement !== target; i += 1) await user.tab();
  expect(document.activeElement).toBe(target);
}

describe('WorkspaceScreen', () => {
  it('adds participants with the keyboard alone', async () => {
    const { user } = await openWorkspace();
    expect(screen.getByText(/Add the executives in the room/)).toBeTruthy();

    await tabTo(user, field('New participant name'));
    await user.keyboard('Ana Ruiz');
    await user.tab();
    await user.keyboard('CEO');
    await user.tab();
    await user.keyboard('Leadership{Enter}');
    // Focus goes back to the name field, emptied, ready for the next person.
    expect(document.activeElement).toBe(field('New participant name'));
    expect([field('New participant name'), field('New participant role')].map((i) => i.value)).toEqual([
      '',
      '',
    ]);
    await user.keyboard('Ben Okafor{Enter}');
    await user.keyboard('   {Enter}'); // blank names are not added

    expect(rowNames()).toEqual(['Ana Ruiz', 'Ben Okafor']);
    expect(field('Role of Ana Ruiz').value).toBe('CEO');
    expect(field('Department of Ana Ruiz').value).toBe('Leadership');
    expect(screen.getByText('2 people · 2 voting')).toBeTruthy();
    await advance(2000);
    expect(lastSaved()?.participants.map((p) => p.name)).toEqual(['Ana Ruiz', 'Ben Okafor']);
  });

  it('turns Votes off when someone becomes the facilitator', async () => {
    const { user } = await openWorkspace({ participants: TEAM.slice(0, 2) });
    const votes = field('Ana Ruiz votes');
    expect(votes.checked).toBe(true);

    await user.click(field('Ana Ruiz is the facilitator'));
    expect(field('Ana Ruiz is the facilitator').checked).toBe(true);
    expect(votes.checked).toBe(false);
    expect(screen.getByText('2 people · 1 voting')).toBeTruthy();

    await user.click(votes); // a facilitator may still be asked to vote
    expect(votes.checked).toBe(true);
    await advance(2000);
    expect(lastSaved()?.participants[0]).toMatchObject({ isFacilitator: true, votes: true });
  });

  it('reorders participants with Move up / Move down', async () => {
    const { user } = await openWorkspace({ participants: TEAM });
    expect(screen.getByRole('button', { name: 'Move Ana Ruiz up' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Move Cara Lind down' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Move Cara Lind up' }));
    expect(rowNames()).toEqual(['Ana Ruiz', 'Cara Lind', 'Ben Okafor']);
    await user.click(screen.getByRole('button', { name: 'Move Ana Ruiz down' }));
    expect(rowNames()).toEqual(['Cara Lind', 'Ana Ruiz', 'Ben Okafor']);

    await advance(2000);
    expect(lastSaved()?.participants.map((p) => p.name)).toEqual(['Cara Lind', 'Ana Ruiz', 'Ben Okafor']);
  });

  it('removes a participant', async () => {
    const { user } = await openWorkspace({ participants: TEAM });
    await user.click(screen.getByRole('button', { name: 'Remove Ben Okafor' }));
    expect(rowNames()).toEqual(['Ana Ruiz', 'Cara Lind']);
    expect(screen.getByText('2 people · 2 voting')).toBeTruthy();
    await advance(2000);
    expect(lastSaved()?.participants.map((p) => p.name)).toEqual(['Ana Ruiz', 'Cara Lind']);
  });

  it('marks an emptied name invalid but never stores or saves an empty name', async () => {
    const { user } = await openWorkspace({ participants: TEAM.slice(0, 1) });
    await user.type(field('Role of Ana Ruiz'), ' & founder'); // an edit waiting to be saved
    const name = nameInput(rows()[0]!);
    await user.clear(name);

    expect(name.value).toBe('');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(field('Role of Ana Ruiz')).toBeTruthy(); // the stored name is unchanged

    await advance(2000);
    expect(saves().length).toBeGreaterThan(0);
    expect(lastSaved()?.participants[0]).toMatchObject({ name: 'Ana Ruiz', role: 'CEO & founder' });
    for (const { workspace } of saves()) {
      expect(workspace.participants.every((p) => p.name.trim().length > 0)).toBe(true);
    }

    await user.tab(); // leaving the field brings the stored name back
    expect(name.value).toBe('Ana Ruiz');
    expect(name.hasAttribute('aria-invalid')).toBe(false);
  });

  it('saves edits within 2 s even while typing continues, showing Unsaved → Saving… → Saved', async () => {
    const { user } = await openWorkspace();
    expect(saveStatus()).toBe('Saved');
    const release = main.hold('workspace:save');
    const organisation = field('Organisation');
    await user.click(organisation);

    const startedAt = Date.now();
    for (let i = 0; i < 25 && saves().length === 0; i += 1) {
      await user.keyboard('x'); // a keystroke every 100 ms, for 2.5 s
      expect(['Unsaved changes', 'Saving…']).toContain(saveStatus());
      await advance(100);
    }
    expect(saves()).toHaveLength(1);
    expect(main.timesOf('workspace:save')[0]! - startedAt).toBeLessThan(2000);
    expect(saves()[0]!.workspace.organisation).toMatch(/^Acme Corpx+$/);
    expect(saveStatus()).toBe('Saving…');

    release();
    await settle();
    await advance(2000); // the keystrokes typed during the save follow
    expect(saveStatus()).toBe('Saved');
    expect(lastSaved()?.organisation).toBe(organisation.value);
    expect(document.title).toBe('Q1 2027 Leadership Offsite — Saved — Offsite');
  });

  it('says "Not saved" in the indicator and the window title when a save fails', async () => {
    const { user } = await openWorkspace();
    main.failNext('workspace:save', 'NO_SPACE', 'The disk is full. Free some space and keep working.');
    await user.type(field('Period'), '-draft');
    expect(saveStatus()).toBe('Unsaved changes');
    expect(document.title).toBe('Q1 2027 Leadership Offsite — Unsaved changes — Offsite');

    await advance(2000);
    expect(saveStatus()).toBe('Not saved');
    expect(screen.getByTestId('save-status').title).toBe(
      'The disk is full. Free some space and keep working.',
    );
    expect(document.title).toBe('Q1 2027 Leadership Offsite — Not saved — Offsite');

    await user.type(field('Period'), '2'); // the next edit retries
    await advance(2000);
    expect(saveStatus()).toBe('Saved');
    expect(lastSaved()?.period).toBe('2027-Q1-draft2');
  });

  it('shows a read-only workspace with a banner, disabled inputs, and never saves', async () => {
    const reason = 'You do not have permission to change files in this folder, so it is open read-only.';
    const { user } = await openWorkspace({ participants: TEAM.slice(0, 1), readOnlyReason: reason });

    const banner = screen.getByText('Read-only.').closest('.banner')!;
    expect(banner.textContent).toContain(reason);
    for (const label of [
      'Workspace name',
      'Kind',
      'Period',
      'Organisation',
      'Role of Ana Ruiz',
      'Ana Ruiz votes',
    ]) {
      expect(field(label).disabled, label).toBe(true);
    }
    expect(nameInput(rows()[0]!).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Remove Ana Ruiz' })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('form', { name: 'Add participant' })).toBeNull();
    expect(saveStatus()).toBe('Read-only');
    expect(document.title).toBe('Q1 2027 Leadership Offsite — Read-only — Offsite');

    await user.type(field('Organisation'), 'x');
    act(() => {
      documentActions.edit((w) => ({ ...w, period: 'FY2099' }));
    }); // e.g. from a command
    await advance(5000);
    expect([field('Organisation').value, field('Period').value]).toEqual(['Acme Corp', '2027-Q1']);
    await user.click(screen.getByRole('button', { name: '← Home' }));
    await settle();

    expect(main.channels()).toContain('workspace:close');
    expect(saves()).toEqual([]);
  });

  it('"← Home" saves pending edits before closing the workspace', async () => {
    const { user, path } = await openWorkspace();
    await user.type(field('Organisation'), ' Ltd');
    await user.click(screen.getByRole('button', { name: '← Home' })); // well before the autosave timer
    await settle();

    const order = main.channels().filter((c) => c === 'workspace:save' || c === 'workspace:close');
    expect(order).toEqual(['workspace:save', 'workspace:close']);
    expect(lastSaved()?.organisation).toBe('Acme Corp Ltd');
    expect(main.onDisk(path)?.organisation).toBe('Acme Corp Ltd');
    expect(screen.getByText('Offsite · 2027-Q1 · Acme Corp Ltd')).toBeTruthy(); // back home
    expect(main.openHandles()).toEqual([]);
  });

  it('stays in the workspace, with an alert, when the last edits cannot be saved on the way home', async () => {
    const { user } = await openWorkspace();
    main.failNext('workspace:save', 'PERMISSION', 'Offsite may no longer write to this folder.');
    await user.type(field('Organisation'), ' Ltd');
    await user.click(screen.getByRole('button', { name: '← Home' }));
    await settle();

    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    const notClosed = alerts.find((text) => text?.includes('Not closed: the last changes are not saved'));
    expect(notClosed).toContain('Offsite may no longer write to this folder.');
    expect(field('Organisation').value).toBe('Acme Corp Ltd');
    expect(main.channels()).not.toContain('workspace:close');
  });
});
