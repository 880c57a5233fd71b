import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createCheckpoint, revealCheckpoint } from '../../../src/shared/domain/alignment';
import { addDepartment } from '../../../src/shared/domain/cascade/cascadeEdits';
import { newPriority } from '../../../src/shared/domain/priorities';
import { createTranslationCheck, issueBallots } from '../../../src/shared/domain/translation';
import type { RoomLink } from '../../../src/shared/ipc/roomContract';
import { ROOM_EVENT } from '../../../src/shared/ipc/channels';
import { departmentSeats } from '../../../src/shared/room/departmentRound';
import { documentActions, useDocument } from '../../../src/renderer/src/document';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces/store';
import { RoomLinkHost, roomActions, useRoom } from '../../../src/renderer/src/features/room';
import { installFakeApi } from '../fakeApi';
import { settle } from '../renderApp';

/**
 * The window's end of the room link on a checkpoint and on a department round: a phone's
 * answers go in through checkpointEdits exactly as the laptop's own (anonymous: no link to
 * the person), and a department member's order is counted as their ballot's reply.
 */

type Listener = (payload: unknown) => void;
let emit: (payload: unknown) => void;
let answers: Array<{ requestId: string; ok: boolean; message?: string }>;
let closes: unknown[];

async function openWith(link: (w: ReturnType<typeof workspace>) => Partial<RoomLink>) {
  const main = installFakeApi();
  await workspaceActions.openRecent(
    main.seed({ participants: [{ name: 'Dana' }, { name: 'Ravi' }, { name: 'Mei' }] }),
  );
  documentActions.edit((w) => ({
    ...w,
    priorities: ['A', 'B', 'C'].map((t) => newPriority({ title: t, status: 'committed' }, `item-${t}`)),
  }));
  documentActions.edit((w) => createCheckpoint(w, {}, 'cp1', new Date()));
  documentActions.edit((w) => addDepartment(w, { id: 'sales', name: 'Sales', capacity: 10 }));
  documentActions.edit((w) => {
    const checks = createTranslationCheck(
      w,
      w.translationChecks,
      { id: 'tc1', question: 'Which first?', anonymous: true, leadershipRoundId: null },
      new Date(),
    );
    let n = 0;
    const issued = issueBallots(
      w,
      checks,
      { checkId: 'tc1', departmentId: 'sales', respondents: [], count: 3 },
      () => `token-${++n}-abcdefgh`,
      new Date(),
    );
    return { ...w, translationChecks: issued.checks };
  });
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
  const current = useDocument.getState().current!;
  useRoom.setState({
    link: { handle: current.handle, seats: [], ...link(current.workspace) } as unknown as RoomLink,
  });
  render(<RoomLinkHost />);
  return current.workspace.participants.map((p) => p.id) as [string, string, string];
}

const workspace = () => useDocument.getState().current!.workspace;
const checkpointNow = () => workspace().checkpoints.find((c) => c.id === 'cp1')!;
const check = () => workspace().translationChecks.find((c) => c.id === 'tc1')!;
const order = (...ids: string[]) => ({ kind: 'order', tiers: ids.map((id) => [id]) });

afterEach(() => {
  roomActions.reset();
  useRoom.setState({ link: null, shareResults: false });
});

describe('a checkpoint answered by phone', () => {
  it('stores the answers unlinked and the seat as answered; a second send is refused in words', async () => {
    const [dana] = await openWith(() => ({ roundId: 'cp1', kind: 'checkpoint' }));
    const given = [
      { questionId: 'same-message', score: 2, comment: 'Sales hears another story' },
      { questionId: 'shared-success', score: 5, comment: '' },
    ];
    emit({ type: 'answers', requestId: 'a1', checkpointId: 'cp1', participantId: dana, answers: given });
    await settle();
    expect(answers).toEqual([{ requestId: 'a1', ok: true }]);
    expect(checkpointNow().answeredBy).toEqual([dana]);
    expect(checkpointNow().answers).toEqual([
      { questionId: 'same-message', score: 2, comment: 'Sales hears another story' },
      { questionId: 'shared-success', score: 5, comment: '' },
    ]);
    expect(JSON.stringify(checkpointNow().answers)).not.toContain(dana);
    emit({ type: 'answers', requestId: 'a2', checkpointId: 'cp1', participantId: dana, answers: given });
    await settle();
    expect(answers[1]).toEqual({
      requestId: 'a2',
      ok: false,
      message: 'Dana has already answered: each person answers once.',
    });
    expect(checkpointNow().answers).toHaveLength(2);
  });

  it('refuses answers for a checkpoint the link is not on, and the reveal closes the link', async () => {
    const [dana, ravi] = await openWith(() => ({ roundId: 'cp1', kind: 'checkpoint' }));
    const one = [{ questionId: 'same-message', score: 3, comment: '' }];
    emit({ type: 'answers', requestId: 'x', checkpointId: 'other', participantId: dana, answers: one });
    emit({ type: 'answers', requestId: 'y', checkpointId: 'cp1', participantId: ravi, answers: one });
    await settle();
    expect(answers.map((a) => [a.requestId, a.ok])).toEqual([
      ['x', false],
      ['y', true],
    ]);
    expect(closes).toEqual([]);
    act(() => {
      documentActions.edit((w) => revealCheckpoint(w, 'cp1'));
    });
    await settle();
    expect(closes).toEqual([{ reason: 'revealed' }]);
    expect(useRoom.getState().link).toBeNull();
  });
});

describe('a department round by phone', () => {
  it('counts a phone’s order as its ballot’s reply; a second one replaces the first, and the console says so', async () => {
    await openWith(() => ({ roundId: 'tc1', kind: 'department', departmentId: 'sales' }));
    const seats = departmentSeats(check(), 'sales');
    expect(seats.map((s) => s.name)).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 3']);
    emit({
      type: 'ballot',
      requestId: 'd1',
      roundId: 'tc1',
      participantId: 'ballot-2',
      content: order('item-C', 'item-A', 'item-B'),
    });
    await settle();
    expect(answers).toEqual([{ requestId: 'd1', ok: true }]);
    expect(check().replies).toHaveLength(1);
    expect(check().replies[0]).toMatchObject({
      token: seats[1]!.token,
      order: ['item-C', 'item-A', 'item-B'],
    });
    emit({
      type: 'ballot',
      requestId: 'd2',
      roundId: 'tc1',
      participantId: 'ballot-2',
      content: order('item-A', 'item-B', 'item-C'),
    });
    await settle();
    expect(answers[1]).toEqual({ requestId: 'd2', ok: true });
    expect(check().replies.map((r) => r.order)).toEqual([['item-A', 'item-B', 'item-C']]);
    expect(
      useRoom
        .getState()
        .notices.map((n) => n.message)
        .join('\n'),
    ).toBe('Respondent 2 replied twice: the newer ranking is counted and the earlier one is not.');
    // A seat the department does not have, and a ranking of something not on the ballot.
    emit({
      type: 'ballot',
      requestId: 'd3',
      roundId: 'tc1',
      participantId: 'ballot-9',
      content: order('item-A'),
    });
    emit({
      type: 'ballot',
      requestId: 'd4',
      roundId: 'tc1',
      participantId: 'ballot-1',
      content: order('item-A', 'item-Z'),
    });
    await settle();
    expect(answers.slice(2).map((a) => a.ok)).toEqual([false, false]);
    expect(answers[3]!.message).toMatch(/not on this ballot/);
    expect(check().replies).toHaveLength(1);
  });
});
