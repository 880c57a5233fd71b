import '../templates/freshDb';
import '../templates/setupTemplates';
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../src/shared/domain/templates';
import { installTemplatesMain } from '../templates/fakeTemplatesMain';
import { freshDb } from '../templates/freshDb';
import type { FakeMain } from '../fakeApi';
import { openQbrTab, openSection, outlineTitles } from './openQbr';

let main: FakeMain;
beforeEach(() => {
  freshDb();
  main = installTemplatesMain().main;
});

/** The button is enabled once the chosen template has been read from the library. */
async function createButtonOnceLoaded() {
  const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Create deck' });
  await waitFor(() => expect(button.disabled).toBe(false));
  return button;
}

const builtIn = (name: string) => builtInTemplates().find((t) => t.name === name)!;

describe('a deck from a template', () => {
  it('suggests the QBR built-in, and creates the deck from the template picked instead', async () => {
    const { user } = await openQbrTab(main);
    const picker = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Start from template' });
    await screen.findByRole('option', { name: 'Quarterly Business Review' });
    expect(picker.selectedOptions[0]?.textContent).toBe('Quarterly Business Review');

    const offsite = builtIn('Two-day leadership offsite');
    await user.selectOptions(picker, offsite.id);
    await user.click(await createButtonOnceLoaded());
    await screen.findByRole('list', { name: 'Deck sections' });
    // Every template section in order; the title slide is named after the workspace.
    expect(outlineTitles()).toEqual(
      offsite.sections.map((s) => (s.type === 'title' ? 'Q1 2027 QBR' : s.title)),
    );
  });

  it('carries a text section’s prompts over as its starting text', async () => {
    const { user } = await openQbrTab(main);
    await screen.findByRole('option', { name: 'Quarterly Business Review' });
    await user.click(await createButtonOnceLoaded());
    await screen.findByRole('list', { name: 'Deck sections' });
    await openSection(user, /Executive summary/);
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text' });
    const summary = builtIn('Quarterly Business Review').sections.find(
      (s) => s.title === 'Executive summary',
    )!;
    expect(text.value).toBe(summary.prompts.map((p) => `- ${p}`).join('\n'));
  });
});
