import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { advance } from '../renderApp';
import { openDeck, openSection, outlineTitles, preview } from './openQbr';

let main: FakeMain;
beforeEach(() => {
  vi.useFakeTimers();
  main = installFakeApi();
});

describe('the trend, team-message and cascade sections in the QBR editor', () => {
  it.each([
    ['trends', 'Alignment trends', 'This quarter is not part of a series yet'],
    [
      'team-messages',
      'What every team will hear',
      'No agreed messages yet: agree them in the same-message check.',
    ],
    ['cascade', 'Cascade', 'Nothing is committed yet: commit priorities in the Priorities tab.'],
  ] as const)(
    'adds a %s section after the selected one, previews it and saves it',
    async (type, title, says) => {
      const { user, path } = await openDeck(main);
      await openSection(user, /Agenda/);
      const picker = screen.getByLabelText<HTMLSelectElement>('Type of the new section');
      expect([...picker.options].map((o) => o.value)).toContain(type);
      await user.selectOptions(picker, type);
      await user.click(screen.getByRole('button', { name: 'Add section' }));
      expect(outlineTitles().slice(0, 3)).toEqual(['Q1 2027 QBR', 'Agenda', title]);
      await advance(10);
      const slides = within(preview()).getAllByRole('figure');
      const added = slides.find((s) => within(s).queryByRole('heading', { name: title }));
      expect(added?.textContent).toContain(says);
      await advance(2000);
      expect(main.onDisk(path)?.deck?.sections[2]).toMatchObject({ type, title, markdown: '' });
    },
  );
});
