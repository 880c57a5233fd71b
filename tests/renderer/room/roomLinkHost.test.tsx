import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newPriority } from '../../../src/shared/domain/priorities';
import { createRound, revealRound } from '../../../src/shared/domain/rounds';
import type { RoomLink } from '../../../src/shared/ipc/roomContract';
import { ROOM_EVENT } from '../../../src/shared/ipc/channels';
import { documentActions, useDocument } from '../../../src/renderer/src/document';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces/store';
import { RoomLinkHost, roomActions, useRoom } from '../../../src/renderer/src/features/room';
import { installFakeApi } from '../fakeApi';
import { settle } from '../renderApp';

/**
 * The facilitator's window as the room link's other end: a phone's ballot arrives as a
 * room event, is cast into the open document with the laptop's own rules and answered;
 * revealing the round closes the link, with the results only when the facilitator chose.
 */

type Listener = (payload: unknown) => void;
let emit: (payload: unknown) => void;
let answers: Array<{ requestId: string; ok: boolean; message?: string }>;
let closes: unknown[];

async function openRoundWithLink(): Promise<{ roundId: string; dana: string; ravi: string }> {
  const main = installFakeApi();
  await workspaceActions.openRecent(
    main.seed({ participants: [{ name: 'Dana' }, { name: 'Ravi' }, { name: 'Mei' }] }),
  );
  const current = useDocument.getState().current!;
  const [dana, ravi] = current.workspace.participants.map((p) => p.id) as [string, string];
  documentActions.edit((w) => ({
    ...w,
    priorities: ['A', 'B', 'C'].map((t) => newPriority({ title: t }, `item-${t}`)),
  }));
  documentActions.edit((w) =>
    createRound(
      w,
      { question: 'Which first?', method: 'order', itemIds: ['item-A', 'item-B', 'item-C'] },
      'r1',
      new Date(),
    ),
  );
  const listeners = new Map<string, Listener>();
  answers = [];
  closes = [];
  const api = window.api;
  window.api = {
    ...api,
    onEvent: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
    room: {
      ...api.room,
      ballotResult: (request) => {
        answers.push(request);
        return Promise.resolve({ ok: true, value: true });
      },
      close: (request) => {
        closes.push(request);
        return Promise.resolve({ ok: true, value: null });
      },
    },
  };
  emit = (payload) => act(() => listeners.get(ROOM_EVENT)!(payload));
  const link = { handle: current.handle, roundId: 'r1', seats: [] } as unknown as RoomLink;
  useRoom.setState({ link });
  render(<RoomLinkHost />);
  return { roundId: 'r1', dana, ravi };
}

/** Each phone sends the same order, then the facilitator reveals on the laptop. */
async function voteAndReveal(voters: string[]): Promise<void> {
  voters.forEach((participantId, i) =>
    emit({
      type: 'ballot',
      requestId: `x${i}`,
      roundId: 'r1',
      participantId,
      content: order('item-A', 'item-B', 'item-C'),
    }),
  );
  await settle();
  act(() => {
    documentActions.edit((w) => revealRound(w, 'r1', new Date()));
  });
  await settle();
}

const order = (...ids: string[]) => ({ kind: 'order', tiers: ids.map((id) => [id]) });
const ballotsOf = () => useDocument.getState().current!.workspace.rounds.find((r) => r.id === 'r1')!.ballots;

afterEach(() => {
  roomActions.reset();
  useRoom.setState({ link: null, shareResults: false });
});

describe('phones’ ballots in the facilitator’s window', () => {
  it('a valid ballot is cast into the document and answered yes; a change replaces it', async () => {
    const { dana } = await openRoundWithLink();
    emit({
      type: 'ballot',
      requestId: 'q1',
      roundId: 'r1',
      participantId: dana,
      content: order('item-B', 'item-A', 'item-C'),
    });
    await settle();
    expect(answers).toEqual([{ requestId: 'q1', ok: true }]);
    expect(ballotsOf()).toHaveLength(1);
    expect(ballotsOf()[0]!.content).toEqual(order('item-B', 'item-A', 'item-C'));
    emit({
      type: 'ballot',
      requestId: 'q2',
      roundId: 'r1',
      participantId: dana,
      content: order('item-C', 'item-A', 'item-B'),
    });
    await settle();
    expect(answers[1]).toEqual({ requestId: 'q2', ok: true });
    expect(ballotsOf().map((b) => b.content)).toEqual([order('item-C', 'item-A', 'item-B')]);
    // Undone like any edit of the laptop's own.
    documentActions.undo();
    expect(ballotsOf()[0]!.content).toEqual(order('item-B', 'item-A', 'item-C'));
  });

  it('refuses, in the voter’s words, a ballot the rules refuse or for a round the link is not on; nothing changes', async () => {
    const { ravi } = await openRoundWithLink();
    emit({
      type: 'ballot',
      requestId: 'bad',
      roundId: 'r1',
      participantId: ravi,
      content: order('item-A', 'item-A', 'item-B'),
    });
    emit({
      type: 'ballot',
      requestId: 'other',
      roundId: 'r-other',
      participantId: ravi,
      content: order('item-A', 'item-B', 'item-C'),
    });
    emit({ type: 'nonsense' });
    await settle();
    expect(answers.map((a) => [a.requestId, a.ok])).toEqual([
      ['bad', false],
      ['other', false],
    ]);
    expect(answers[0]!.message).toMatch(/\w/);
    expect(answers[1]!.message).toBe('The laptop has moved on from this vote: your ballot was not saved.');
    expect(ballotsOf()).toEqual([]);
  });

  it('the reveal closes the link as "revealed", without results unless the facilitator chose to send them', async () => {
    const { dana, ravi } = await openRoundWithLink();
    await voteAndReveal([dana, ravi]);
    expect(closes).toEqual([{ reason: 'revealed' }]);
    expect(useRoom.getState().link).toBeNull();
  });

  it('sends the results at the reveal when asked: the order and the headline, nobody’s name', async () => {
    const { dana, ravi } = await openRoundWithLink();
    act(() => roomActions.setShareResults(true));
    await voteAndReveal([dana, ravi]);
    expect(closes).toHaveLength(1);
    const sent = closes[0] as {
      reason: string;
      results: { places: Array<{ place: string; title: string }> };
    };
    expect(sent.reason).toBe('revealed');
    expect(sent.results.places).toEqual([
      { place: '1', title: 'A' },
      { place: '2', title: 'B' },
      { place: '3', title: 'C' },
    ]);
    expect(JSON.stringify(sent)).not.toMatch(/Dana|Ravi/);
  });
});
