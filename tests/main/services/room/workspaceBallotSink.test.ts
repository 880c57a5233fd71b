import { describe, expect, it } from 'vitest';
import { WorkspaceBallotSink } from '../../../../src/main/services/room';
import { roomWorkspace } from './roomWorkspace';
import { orderBallot } from './phoneClient';
import type { Workspace } from '../../../../src/shared/domain/workspace';

const ITEMS = Array.from({ length: 12 }, (_, i) => `item-${i + 1}`);
const NOW = () => new Date('2027-01-15T12:00:00Z');

/** A workspace in memory whose saves take `saveMs` and can be made to fail. */
function store(saveMs = 5) {
  const s = { workspace: roomWorkspace(4), loads: 0, saves: 0, failSave: false };
  return {
    s,
    port: {
      load: () => {
        s.loads += 1;
        return Promise.resolve(s.workspace);
      },
      save: async (w: Workspace) => {
        await new Promise((r) => setTimeout(r, saveMs));
        if (s.failSave) throw new Error('ENOSPC: no space left on device');
        s.saves += 1;
        s.workspace = w;
      },
    },
  };
}

const ballotOf = (w: Workspace, participantId: string) =>
  w.rounds.find((r) => r.id === 'round-new')!.ballots.find((b) => b.participantId === participantId);

describe('phone ballots saved into a workspace', () => {
  it('ballots arriving together are saved in a few writes, each answered only once its write is done', async () => {
    const { s, port } = store();
    const sink = new WorkspaceBallotSink(port, NOW);
    const answers = await Promise.all(
      ['p1', 'p2', 'p3', 'p4'].map((participantId, i) =>
        sink
          .submit({ roundId: 'round-new', participantId, content: orderBallot(ITEMS, i) })
          // What the workspace held when the answer came.
          .then((answer) => ({ ...answer, onDisk: ballotOf(s.workspace, participantId) !== undefined })),
      ),
    );
    expect(answers).toEqual(Array.from({ length: 4 }, () => ({ ok: true, onDisk: true })));
    expect(s.saves).toBeLessThanOrEqual(2);
    // Read once, then kept as saved: the folder is locked to this writer.
    await sink.submit({ roundId: 'round-new', participantId: 'p1', content: orderBallot(ITEMS, 9) });
    expect(s.loads).toBe(1);
    expect(ballotOf(s.workspace, 'p3')).toEqual({
      participantId: 'p3',
      submittedAt: '2027-01-15T12:00:00.000Z',
      content: orderBallot(ITEMS, 2),
    });
  });

  it('refuses with the laptop’s own words what the laptop would refuse, and saves the rest', async () => {
    const { s, port } = store();
    const sink = new WorkspaceBallotSink(port, NOW);
    const [facilitator, stranger, good] = await Promise.all([
      sink.submit({ roundId: 'round-new', participantId: 'facilitator', content: orderBallot(ITEMS, 1) }),
      sink.submit({ roundId: 'round-gone', participantId: 'p1', content: orderBallot(ITEMS, 1) }),
      sink.submit({ roundId: 'round-new', participantId: 'p2', content: orderBallot(ITEMS, 1) }),
    ]);
    expect(facilitator).toEqual({ ok: false, message: 'Facilitator does not vote in this workspace.' });
    expect(stranger).toEqual({ ok: false, message: 'That round no longer exists.' });
    expect(good).toEqual({ ok: true });
    expect(ballotOf(s.workspace, 'p2')).toBeDefined();
    expect(ballotOf(s.workspace, 'facilitator')).toBeUndefined();
  });

  it('a failed save acknowledges nothing: the phone is asked to send again', async () => {
    const { s, port } = store();
    const errors: unknown[] = [];
    const sink = new WorkspaceBallotSink(port, NOW, (e) => errors.push(e));
    s.failSave = true;
    expect(
      await sink.submit({ roundId: 'round-new', participantId: 'p1', content: orderBallot(ITEMS, 1) }),
    ).toEqual({
      ok: false,
      message: 'The laptop could not save your ballot. Send it again in a moment.',
    });
    expect(errors).toHaveLength(1);
    expect(ballotOf(s.workspace, 'p1')).toBeUndefined();
  });
});
