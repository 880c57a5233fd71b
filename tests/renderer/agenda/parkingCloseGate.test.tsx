import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentActions } from '../../../src/renderer/src/document';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces';
import {
  askBeforeClose,
  ParkingHost,
  useParkingView,
} from '../../../src/renderer/src/features/agenda/parking';
import { parkItem, triageItem } from '../../../src/shared/domain/agenda';
import { installFakeApi, type FakeMain } from '../fakeApi';
import { LotOnly, openOffsite, workspace } from './parkingWorld';

let main: FakeMain;
beforeEach(() => {
  main = installFakeApi();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function park(texts: string[]): void {
  act(() => {
    texts.forEach((text, i) => {
      documentActions.edit((w) =>
        parkItem(
          w,
          { text, priorityId: i === 0 ? 'p1' : null },
          `i${i}`,
          new Date(Date.UTC(2026, 9, 2, 10, i)),
        ),
      );
    });
  });
}

describe('the close gate', () => {
  it('lists the items not triaged; "carry" marks them carried, then lets the workspace close', async () => {
    await openOffsite(main);
    park(['Pricing for the public sector', 'Who owns the partner portal?', 'Hiring freeze in APAC']);
    act(() => {
      documentActions.edit((w) => triageItem(w, 'i2', { outcome: 'long-term' }, 'x', '2026-10-02'));
    });
    const user = userEvent.setup();
    render(<ParkingHost />);

    let answer: 'close' | 'stay' | undefined;
    act(() => {
      void askBeforeClose().then((a) => (answer = a));
    });
    const gate = screen.getByRole('dialog', { name: 'Before you close: the parking lot' });
    expect(gate.textContent).toContain('2 parked items are not triaged yet');
    const listed = within(within(gate).getByRole('list', { name: 'Not triaged yet' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(listed).toEqual(['Pricing for the public sector', 'Who owns the partner portal?']);

    await user.click(within(gate).getByRole('button', { name: 'Carry them to the next session and close' }));
    expect(answer).toBe('close');
    expect(workspace().parkingLot.map((p) => p.outcome)).toEqual(['carried', 'carried', 'long-term']);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('"triage now" keeps the workspace open and opens the lot; cancel keeps everything as it was', async () => {
    await openOffsite(main);
    park(['Pricing for the public sector']);
    const user = userEvent.setup();
    render(<ParkingHost />);
    const before = workspace();

    let answer: string | undefined;
    act(() => {
      void askBeforeClose().then((a) => (answer = a));
    });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(answer).toBe('stay');
    expect(workspace()).toBe(before);

    act(() => {
      void askBeforeClose().then((a) => (answer = a));
    });
    await user.click(screen.getByRole('button', { name: 'Triage now' }));
    expect(answer).toBe('stay');
    expect(useParkingView.getState().lotOpen).toBe(true);
    const lot = screen.getByRole('dialog', { name: 'Parking lot' });
    expect(within(lot).getByRole('button', { name: 'Triage: Pricing for the public sector' })).toBeTruthy();
    expect(workspace()).toBe(before);
  });

  it('does not ask when every item is triaged', async () => {
    await openOffsite(main);
    await expect(askBeforeClose()).resolves.toBe('close');
  });
});

describe('carrying items to the next session in a file', () => {
  it('export, then import into another workspace: the items arrive open, saying where they came from', async () => {
    await openOffsite(main, { name: 'Q4 offsite', period: '2026-Q4' });
    park([
      'Pricing for the public sector',
      'Who owns the partner portal?',
      'Hiring freeze in APAC',
      'Old idea',
    ]);
    act(() => {
      documentActions.edit((w) => triageItem(w, 'i1', { outcome: 'next-session' }, 'x', '2026-10-02'));
      documentActions.edit((w) =>
        triageItem(w, 'i3', { outcome: 'dropped', reason: 'Overtaken' }, 'y', '2026-10-02'),
      );
    });
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:parking-lot';
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const user = userEvent.setup();
    const view = render(<LotOnly />);
    await user.click(screen.getByRole('button', { name: 'Export carried items…' }));
    expect(names).toEqual(['Q4 offsite parking lot.json']);
    expect(screen.getByText('3 items saved to “Q4 offsite parking lot.json”.')).toBeTruthy();
    const text = await saved[0]!.text();
    view.unmount();

    await act(() => workspaceActions.close());
    await openOffsite(main, { name: 'Q1 2027 offsite', period: '2027-Q1' });
    render(<LotOnly />);
    const input = screen.getByLabelText('Parking-lot file to import');
    await user.upload(input, new File([text], 'Q4 offsite parking lot.json', { type: 'application/json' }));
    expect(await screen.findByText('3 items carried in from Q4 offsite, 2026-Q4.')).toBeTruthy();
    const lot = workspace().parkingLot;
    expect(lot.map((p) => [p.text, p.outcome])).toEqual([
      ['Pricing for the public sector', 'open'],
      ['Who owns the partner portal?', 'open'],
      ['Hiring freeze in APAC', 'open'],
    ]);
    // Linked again by the priority's title, and the row says where it came from.
    expect(lot[0]!.priorityId).toBe('p1');
    expect(screen.getAllByText('Carried from Q4 offsite, 2026-Q4.')).toHaveLength(3);

    // The same file twice adds nothing; a foreign file is refused in words, nothing changed.
    await user.upload(input, new File([text], 'again.json', { type: 'application/json' }));
    expect(
      await screen.findByText('Nothing new: the items from Q4 offsite, 2026-Q4 are already here.'),
    ).toBeTruthy();
    const before = workspace();
    await user.upload(
      input,
      new File(['{"format":"something-else"}'], 'notes.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText('“notes.json”: This file is not an Offsite parking-lot file.'),
    ).toBeTruthy();
    expect(workspace()).toBe(before);
  });
});
