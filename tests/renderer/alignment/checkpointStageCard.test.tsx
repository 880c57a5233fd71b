import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AudienceStage } from '../../../src/renderer/src/features/presenter/AudienceStage';

/** What the room reads on the projector for a checkpoint: who has answered, then the bars. */
describe('the checkpoint on the audience window', () => {
  it('an open checkpoint’s board says "answered", and its QR says answer', () => {
    render(
      <AudienceStage
        stage={{
          kind: 'voteProgress',
          question: 'Alignment checkpoint',
          verb: 'answered',
          voters: [
            { name: 'Dana', voted: true },
            { name: 'Ravi', voted: false },
          ],
          join: { url: 'http://10.0.0.2:5000/', code: 'ABC234', qrSvg: '<svg/>' },
        }}
      />,
    );
    const board = screen.getByLabelText('Who has answered');
    expect(within(board).getByText('1 of 2 have answered')).toBeTruthy();
    expect(within(board).getByText('Scan to answer from your phone')).toBeTruthy();
    expect(board.textContent).toContain('never show a name');
  });

  it('the results: per question the bars with their counts, the label and the reading', () => {
    render(
      <AudienceStage
        stage={{
          kind: 'checkpointResults',
          title: 'Alignment checkpoint',
          questions: [
            {
              wording: 'Do our departments help each other, or pull apart?',
              counts: [2, 0, 0, 0, 1],
              n: 3,
              label: 'Split',
              reading: 'Split: 2 of 3 answered 1–2 and 1 answered 4–5.',
            },
          ],
        }}
      />,
    );
    const card = screen.getByRole('listitem', { name: 'Do our departments help each other, or pull apart?' });
    const bars = within(card).getByRole('list', { name: 'How many answered each score' });
    expect(
      within(bars)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['1 Not at all: 2', '2 A little: 0', '3 Partly: 0', '4 Mostly: 0', '5 Completely: 1']);
    expect(card.textContent).toContain('Split · 3 answers');
    expect(card.textContent).toContain('Split: 2 of 3 answered 1–2 and 1 answered 4–5.');
  });
});
