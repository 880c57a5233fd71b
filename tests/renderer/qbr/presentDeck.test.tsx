import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { settle } from '../renderApp';
import { openDeck, openQbrTab, openSection, preview } from './openQbr';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});

const presentation = () => screen.getByRole('dialog', { name: 'Presenting the deck' });
const counter = () =>
  within(presentation()).getByText(/^\d+ \/ \d+$/, { selector: '.deck-present-counter' }).textContent;
const press = async (key: string) => {
  fireEvent.keyDown(window, { key });
  await settle();
};

describe('presenting the deck', () => {
  it('plays the deck full screen and moves with the arrow keys, Page Up/Down, Home and End; Esc leaves', async () => {
    const { user } = await openDeck(main);
    await settle();
    const total = Number(
      within(preview())
        .getByText(/slides? in the deck/)
        .textContent.match(/\d+/)![0],
    );
    expect(total).toBeGreaterThan(5);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(counter()).toBe(`1 / ${total}`);
    expect(within(presentation()).getByRole('figure').getAttribute('aria-label')).toBe(
      `Slide 1 of ${total}: Q1 2027 QBR`,
    );
    await press('ArrowRight');
    await press('PageDown');
    expect(counter()).toBe(`3 / ${total}`);
    await press('ArrowLeft');
    expect(counter()).toBe(`2 / ${total}`);
    await press('PageUp');
    await press('PageUp'); // never before the first
    expect(counter()).toBe(`1 / ${total}`);
    await press('End');
    expect(counter()).toBe(`${total} / ${total}`);
    await press('ArrowRight'); // never past the last
    expect(counter()).toBe(`${total} / ${total}`);
    await press('Home');
    expect(counter()).toBe(`1 / ${total}`);
    await press('Escape');
    expect(screen.queryByRole('dialog', { name: 'Presenting the deck' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Present' }));
  });

  it('starts from the slide being edited with “Present from here”', async () => {
    const { user } = await openDeck(main);
    await openSection(user, /KPI scorecard/);
    await settle();
    const caption = within(preview()).getByText(/^Slide \d+ of \d+$/).textContent;
    const [, n, total] = caption.match(/Slide (\d+) of (\d+)/)!;
    await user.click(within(preview()).getByRole('button', { name: 'Present from here' }));
    expect(counter()).toBe(`${n} / ${total}`);
    expect(within(presentation()).getByRole('figure').getAttribute('aria-label')).toMatch(/KPI scorecard$/);
  });
});

describe('deck commands', () => {
  it('offers Present and Export in the command palette once there is a deck, and Present works from any tab', async () => {
    const { user } = await openQbrTab(main);
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    await user.type(screen.getByRole('textbox', { name: 'Search commands' }), 'deck');
    expect(within(screen.getByRole('listbox', { name: 'Commands' })).queryAllByRole('option')).toEqual([]);
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Create deck' }));
    await user.click(screen.getByRole('tab', { name: 'Setup' }));
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    await user.type(screen.getByRole('textbox', { name: 'Search commands' }), 'deck');
    const commands = within(screen.getByRole('listbox', { name: 'Commands' })).getAllByRole('option');
    expect(commands.map((c) => c.textContent)).toEqual([
      expect.stringMatching(/^Present the QBR deck/),
      expect.stringMatching(/^Export the QBR deck to PDF…/),
    ]);
    await user.click(within(commands[0]!).getByRole('button'));
    expect(counter()).toMatch(/^1 \/ \d+$/);
  });
});
