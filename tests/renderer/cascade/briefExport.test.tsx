import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { settle } from '../renderApp';
import { installDeckMain } from '../qbr/fakeDeckMain';
import { current, openCascade } from './openCascade';

let fake: ReturnType<typeof installDeckMain>;
beforeEach(() => {
  fake = installDeckMain();
});

const briefButton = (department: string) =>
  within(screen.getByRole('listitem', { name: `Department ${department}` })).getByRole('button', {
    name: 'Department brief (PDF)…',
  });

describe('the department brief from the Cascade tab', () => {
  it('asks where to save, then prints that department’s brief through the deck export', async () => {
    const { user } = await openCascade(fake.main);
    fake.deck.dialogAnswers.push('/home/ada/Documents/Offsite/Q1 Offsite/exports/Finance brief.pdf');
    await user.click(briefButton('Finance'));
    await settle();
    expect(fake.deck.exports).toHaveLength(1);
    const sent = fake.deck.exports[0]!;
    expect(sent.path).toBe('/home/ada/Documents/Offsite/Q1 Offsite/exports/Finance brief.pdf');
    const sections = sent.workspace!.deck!.sections;
    expect(sections[0]!.title).toBe('Finance: department brief');
    const ours = sections.find((s) => s.title === 'What Finance does for it')!;
    expect(ours.markdown).toContain('Close the books in five days');
    expect(ours.markdown).not.toContain('Ship SAML');
    expect(document.querySelector('.cascade-brief-status')!.textContent).toContain(
      'The Finance brief is saved (11 pages): /home/ada/Documents/Offsite/Q1 Offsite/exports/Finance brief.pdf',
    );
    // The brief rode in the request only: the workspace keeps its own (absent) QBR deck.
    expect(current().deck).toBeNull();
  });

  it('does nothing when the Save dialog is cancelled, and says so when the export fails', async () => {
    const { user } = await openCascade(fake.main);
    fake.deck.dialogAnswers.push(null);
    await user.click(briefButton('Sales'));
    await settle();
    expect(fake.deck.exports).toHaveLength(0);
    fake.deck.dialogAnswers.push('/tmp/Sales.pdf');
    fake.deck.failExport = { code: 'IO', message: 'The disk is full.' };
    await user.click(briefButton('Sales'));
    await settle();
    expect(document.querySelector('.cascade-brief-status')!.textContent).toContain(
      'The Sales brief was not saved. The disk is full.',
    );
  });
});
