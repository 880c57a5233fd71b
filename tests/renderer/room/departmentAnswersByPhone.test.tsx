import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDepartment } from '../../../src/shared/domain/cascade/cascadeEdits';
import { newPriority } from '../../../src/shared/domain/priorities';
import {
  createTranslationCheck,
  departmentReadings,
  issueBallots,
} from '../../../src/shared/domain/translation';
import type { RoomLink } from '../../../src/shared/ipc/roomContract';
import { ROOM_EVENT } from '../../../src/shared/ipc/channels';
import { departmentSeats } from '../../../src/shared/room/departmentRound';
import { documentActions, useDocument } from '../../../src/renderer/src/document';
import { workspaceActions } from '../../../src/renderer/src/features/workspaces/store';
import { RoomLinkHost, roomActions, useRoom } from '../../../src/renderer/src/features/room';
import { installFakeApi } from '../fakeApi';
import { settle } from '../renderApp';

/**
 * The laptop's end of a department round whose translation check asks questions: the
 * order and the answers a phone sent together are counted as that ballot's one reply (the
 * reply the ballot file would write), a re-send replaces it answers and all, and the
 * department's readings of the questions are computed from what the phones answered.
 */

let emit: (payload: unknown) => void;
let results: Array<{ requestId: string; ok: boolean; message?: string }>;

async function openDepartmentRound() {
  const main = installFakeApi();
  await workspaceActions.openRecent(main.seed({ participants: [{ name: 'Dana' }] }));
  documentActions.edit((w) => ({
    ...w,
    priorities: ['A', 'B', 'C'].map((t) => newPriority({ title: t, status: 'committed' }, `item-${t}`)),
  }));
  documentActions.edit((w) => addDepartment(w, { id: 'sales', name: 'Sales', capacity: 10 }));
  documentActions.edit((w) => {
    const checks = createTranslationCheck(
      w,
      w.translationChecks,
      {
        id: 'tc1',
        question: 'Which first?',
        anonymous: true,
        leadershipRoundId: null,
        questions: [
          { id: 'same-message', wording: 'Are we telling our teams the same thing?' },
          { id: 'own-1', wording: 'Is the EU launch staffed?' },
        ],
      },
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
  const listeners = new Map<string, (payload: unknown) => void>();
  results = [];
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
        results.push(request);
        return Promise.resolve({ ok: true, value: true });
      },
    },
  };
  emit = (payload) => act(() => listeners.get(ROOM_EVENT)!(payload));
  const current = useDocument.getState().current!;
  useRoom.setState({
    link: {
      handle: current.handle,
      seats: [],
      roundId: 'tc1',
      kind: 'department',
      departmentId: 'sales',
    } as unknown as RoomLink,
  });
  render(<RoomLinkHost />);
}

const workspace = () => useDocument.getState().current!.workspace;
const check = () => workspace().translationChecks.find((c) => c.id === 'tc1')!;
const order = { kind: 'order', tiers: [['item-B'], ['item-A'], ['item-C']] };
const ballot = (requestId: string, participantId: string, answers?: unknown[]) => ({
  type: 'ballot',
  requestId,
  roundId: 'tc1',
  participantId,
  content: order,
  ...(answers ? { answers } : {}),
});

afterEach(() => {
  roomActions.reset();
  useRoom.setState({ link: null });
});

describe('a department round’s answers counted on the laptop', () => {
  it('stores the answers in the seat’s reply, and the department’s readings show them', async () => {
    await openDepartmentRound();
    const seats = departmentSeats(check(), 'sales');
    emit(ballot('r1', 'ballot-1', [{ questionId: 'same-message', score: 2, comment: 'Mixed messages' }]));
    emit(ballot('r2', 'ballot-2', [{ questionId: 'same-message', score: 4, comment: '' }]));
    emit(
      ballot('r3', 'ballot-3', [
        { questionId: 'same-message', score: 5, comment: '' },
        { questionId: 'own-1', score: null, comment: 'Two hires open' },
      ]),
    );
    await settle();
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    const reply = check().replies.find((r) => r.token === seats[2]!.token)!;
    expect(reply.order).toEqual(['item-B', 'item-A', 'item-C']);
    expect(reply.answers).toEqual([
      { questionId: 'same-message', score: 5, comment: '' },
      { questionId: 'own-1', score: null, comment: 'Two hires open' },
    ]);

    const [sales] = departmentReadings(workspace(), check());
    expect(sales).toMatchObject({ name: 'Sales', respondents: 3 });
    const [sameMessage, ownQuestion] = sales!.questions;
    expect(sameMessage!.department).toMatchObject({ median: 4, n: 3 });
    expect(sameMessage!.department.comments).toContain('Mixed messages');
    expect(ownQuestion!.department).toMatchObject({ median: null, n: 0 });
    expect(ownQuestion!.department.comments).toEqual(['Two hires open']);
  });

  it('replaces the answers with a re-send, and refuses answers to a question the check does not ask', async () => {
    await openDepartmentRound();
    emit(ballot('r1', 'ballot-1', [{ questionId: 'same-message', score: 1, comment: 'First go' }]));
    await settle();
    emit(ballot('r2', 'ballot-1', [{ questionId: 'own-1', score: 3, comment: '' }]));
    await settle();
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(check().replies).toHaveLength(1);
    expect(check().replies[0]!.answers).toEqual([{ questionId: 'own-1', score: 3, comment: '' }]);

    emit(ballot('r3', 'ballot-2', [{ questionId: 'not-asked', score: 3, comment: '' }]));
    await settle();
    expect(results[2]).toMatchObject({ requestId: 'r3', ok: false });
    expect(results[2]!.message).toMatch(/answers questions this ballot did not ask/);
    expect(check().replies).toHaveLength(1);
  });

  it('counts an order sent without answers as a ranking alone', async () => {
    await openDepartmentRound();
    emit(ballot('r1', 'ballot-1'));
    await settle();
    expect(results).toEqual([{ requestId: 'r1', ok: true }]);
    expect(check().replies[0]!.answers).toEqual([]);
  });
});
