import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { settle } from '../renderApp';
import { installDeckMain } from './fakeDeckMain';
import { openDeck, openSection } from './openQbr';

let fake: ReturnType<typeof installDeckMain>;
beforeEach(() => {
  fake = installDeckMain();
});

const exportButton = () => screen.getByRole('button', { name: /^Export/ });
const PDF = '/home/ada/Documents/Offsite/Q1 2027 QBR/exports/Q1 2027 QBR – QBR – 2027-01-15.pdf';

describe('exporting the deck to PDF', () => {
  it('exports what is on screen to the chosen file, shows progress meanwhile, then offers the folder', async () => {
    const { user } = await openDeck(fake.main);
    await openSection(user, /Agenda/);
    const text = screen.getByRole('textbox', { name: 'Text' });
    await user.clear(text);
    await user.type(text, 'Unsaved yet');
    fake.deck.dialogAnswers.push(PDF);
    const release = fake.holdExport();
    await user.click(exportButton());
    await settle();

    const progress = screen.getByText(/Exporting \d+ slides to PDF… You can keep working\./);
    expect(progress.getAttribute('role')).toBe('status');
    expect(exportButton().hasAttribute('disabled')).toBe(true);
    // The window stays usable while main prints.
    await user.type(text, '!');
    expect((text as HTMLTextAreaElement).value).toBe('Unsaved yet!');

    act(() => release());
    await settle();
    const done = screen.getByText(/Saved the PDF \(11 pages\) to/).closest<HTMLElement>('[role="status"]')!;
    expect(done.textContent).toContain(PDF);
    const [request] = fake.deck.exports;
    expect(request).toMatchObject({ path: PDF, day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    // The unsaved text went with the request: the PDF is what the window showed.
    const agenda = request!.workspace!.deck!.sections.find((s) => s.type === 'agenda');
    expect(agenda?.markdown).toBe('Unsaved yet');

    await user.click(screen.getByRole('button', { name: 'Show in folder' }));
    expect(fake.deck.shown).toEqual([PDF]);
    expect(exportButton().hasAttribute('disabled')).toBe(false);
  });

  it('does nothing when the Save dialog is cancelled', async () => {
    const { user } = await openDeck(fake.main);
    fake.deck.dialogAnswers.push(null);
    await user.click(exportButton());
    await settle();
    expect(fake.deck.exports).toEqual([]);
    expect(screen.queryByText(/Exporting|Saved the PDF|not exported/)).toBeNull();
  });

  it('says what went wrong and what to do, and Try again exports again', async () => {
    const { user } = await openDeck(fake.main);
    fake.deck.failExport = {
      code: 'NO_SPACE',
      message:
        'Could not save the PDF: the disk holding /media/usb is full. Free some space; your previous version is untouched.',
    };
    fake.deck.dialogAnswers.push('/media/usb/deck.pdf');
    await user.click(exportButton());
    await settle();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^The PDF was not exported\. Could not save the PDF: the disk holding/);
    expect(alert.textContent).toMatch(/Free some space/);

    fake.deck.failExport = null;
    fake.deck.dialogAnswers.push('/home/ada/deck.pdf');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/Saved the PDF/).textContent).toMatch(/11 pages/);
    expect(fake.deck.exports.map((e) => e.path)).toEqual(['/media/usb/deck.pdf', '/home/ada/deck.pdf']);
  });
});
