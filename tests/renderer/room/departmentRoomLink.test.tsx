import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addDepartment } from '../../../src/shared/domain/cascade/cascadeEdits';
import { newPriority } from '../../../src/shared/domain/priorities';
import { createTranslationCheck } from '../../../src/shared/domain/translation';
import type { RoomLink, RoomOpenRequest } from '../../../src/shared/ipc/roomContract';
import { documentActions, useDocument } from '../../../src/renderer/src/document';
import { TranslationCheckPanel } from '../../../src/renderer/src/features/cascade/TranslationCheckPanel';
import { roomActions, useRoom } from '../../../src/renderer/src/features/room';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces/store';
import { installFakeApi } from '../fakeApi';
import { settle } from '../renderApp';

/**
 * "Rank by phone" on a department of a translation check: its ballots are made for the
 * room (no file) when there are none, and the room link opens with that department's
 * ballots as seats ("Respondent n" on an anonymous check).
 */

let opened: RoomOpenRequest[];

async function setUp() {
  const main = installFakeApi();
  await workspaceActions.openRecent(main.seed({ participants: [{ name: 'Dana' }] }));
  documentActions.edit((w) => ({
    ...w,
    priorities: ['A', 'B', 'C'].map((t) => newPriority({ title: t, status: 'committed' }, `item-${t}`)),
  }));
  documentActions.edit((w) => addDepartment(w, { id: 'sales', name: 'Sales', capacity: 10 }));
  documentActions.edit((w) => ({
    ...w,
    translationChecks: createTranslationCheck(
      w,
      w.translationChecks,
      { id: 'tc1', question: 'Which first?', anonymous: true, leadershipRoundId: null },
      new Date(),
    ),
  }));
  opened = [];
  const api = window.api;
  window.api = {
    ...api,
    room: {
      ...api.room,
      interfaces: () => Promise.resolve({ ok: true, value: [] }),
      open: (request) => {
        opened.push(request);
        const link: RoomLink = {
          handle: request.handle,
          roundId: request.roundId,
          kind: 'department',
          departmentId: 'sales',
          departmentName: 'Sales',
          interface: {
            name: 'wlan0',
            address: '192.168.1.5',
            family: 'IPv4',
            kind: 'lan',
            reachableByPhones: true,
          },
          url: 'http://192.168.1.5:5000/',
          roomUrl: 'http://192.168.1.5:5000/#code=ABC234',
          code: 'ABC234',
          qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
          seats: ['Respondent 1', 'Respondent 2', 'Respondent 3'].map((name, i) => ({
            participantId: `ballot-${i + 1}`,
            name,
            joinUrl: `http://192.168.1.5:5000/#seat=t${i}`,
            claimed: false,
            connected: false,
            voted: false,
          })),
        };
        return Promise.resolve({ ok: true, value: link });
      },
    },
  };
}

const workspace = () => useDocument.getState().current!.workspace;

function Subject() {
  const w = useDocument((s) => s.current!.workspace);
  return <TranslationCheckPanel workspace={w} readOnly={false} />;
}

afterEach(() => {
  roomActions.reset();
  useRoom.setState({ link: null });
});

describe('a department round from the translation check', () => {
  it('makes the department’s ballots for the room, then opens the link with them as seats', async () => {
    await setUp();
    const user = userEvent.setup();
    render(<Subject />);
    const count = screen.getByLabelText('How many ballot files for Sales');
    await user.clear(count);
    await user.type(count, '3');
    await user.click(screen.getByRole('button', { name: 'Rank by phone: Sales' }));
    expect(workspace().translationChecks[0]!.ballots.map((b) => [b.departmentId, b.respondent])).toEqual([
      ['sales', null],
      ['sales', null],
      ['sales', null],
    ]);
    await user.click(screen.getByRole('button', { name: 'Open room link for Sales' }));
    await settle();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ roundId: 'tc1', kind: 'department', departmentId: 'sales' });
    const room = screen.getByRole('region', { name: 'Room link for Sales' });
    const panel = within(room).getByRole('region', { name: 'Room link' });
    expect(within(panel).getByText('Rank from your phone')).toBeTruthy();
    expect(within(panel).getByRole('status').textContent).toBe('0 of 3 joined · 0 of 3 ranked');
    expect(
      within(within(panel).getByRole('list', { name: 'Seats' }))
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.room-seat-name')?.textContent),
    ).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 3']);
  });
});
