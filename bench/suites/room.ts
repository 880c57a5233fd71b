import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { WebSocketServer } from 'ws';
import {
  PLACEHOLDER_PHONE_ASSETS,
  roomForRound,
  RoomServer,
  WorkspaceBallotSink,
} from '../../src/main/services/room';
import { readWorkspaceJson } from '../../tests/support/services';
import { orderBallot, Phone } from '../../tests/main/services/room/phoneClient';
import { roomWorkspace, writeRoomWorkspace } from '../../tests/main/services/room/roomWorkspace';
import { makeTempDir } from '../../tests/support/tempDir';
import { benchAppCore } from '../appCore';
import { round, withPeer, type BenchEntry } from '../measure';
import { within } from '../wait';

const PHONES = 200;
const RUNS = 5;
const ITEMS = Array.from({ length: 12 }, (_, i) => `item-${i + 1}`);
/** The room server may cost at most this many times a bare ws echo of the same exchange. */
const RATIO_BUDGET = 3;
/** A phone hears its ballot is saved within this, at the 95th percentile, with 200 submitting at once. */
const ACK_P95_BUDGET_MS = 250;
const RUN_LIMIT_MS = 60_000;

const median = (xs: number[]) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
const percentile = (xs: number[], p: number) =>
  round([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!);
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** Each run's ballots differ from the last, so the check on disk sees this run's. */
const ballotOf = (run: number, phone: number) => orderBallot(ITEMS, run * PHONES + phone);

/** A full garbage collection, so the heap before and after 200 connections compare like for like. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heapNow = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};

type Exchange = { totalMs: number; acks: number[]; heapDelta: number };

/**
 * 200 phones, already joined and connected, submit a 12-item order ballot at once; the
 * clock stops when the last is acknowledged. Each ack's own latency is kept for the p95.
 */
async function submitAll(
  url: string,
  run: number,
  join: (phone: Phone, i: number) => Promise<void>,
): Promise<Exchange> {
  const phones = Array.from({ length: PHONES }, () => new Phone(url));
  const heapBefore = heapNow();
  await Promise.all(phones.map((p, i) => join(p, i)));
  await Promise.all(phones.map((p) => p.connect()));
  const heapDelta = heapNow() - heapBefore;
  const start = performance.now();
  const acks = await Promise.all(
    phones.map(async (p, i) => {
      const sent = performance.now();
      const answer = await p.submit(ballotOf(run, i), RUN_LIMIT_MS);
      if (answer.type !== 'ack')
        throw new Error(`phone ${i + 1} was not acknowledged: ${JSON.stringify(answer)}`);
      return performance.now() - sent;
    }),
  );
  const totalMs = performance.now() - start;
  for (const p of phones) p.close();
  return { totalMs, acks, heapDelta };
}

/**
 * The peer: node:http and a bare ws server doing the same exchange with the same client —
 * the join call answered with a fixed seat and cookie, a hello on connect, and each
 * ballot answered by an ack at once: no checks, no schema, nothing saved.
 */
async function echoServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Set-Cookie': `offsite_device=${'a'.repeat(43)}; HttpOnly`,
      });
      res.end(JSON.stringify({ ok: true, seat: { participantId: 'p', name: 'P' } }));
    });
  });
  const wss = new WebSocketServer({ server, perMessageDeflate: false });
  wss.on('connection', (ws) => {
    ws.send(JSON.stringify({ type: 'hello' }));
    ws.on('message', (data: Buffer) => {
      const { seq } = JSON.parse(data.toString('utf8')) as { seq: number };
      ws.send(JSON.stringify({ type: 'ack', seq, submittedAt: new Date().toISOString() }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * room.ballots.200: 200 phones on loopback submit at once → all acknowledged and saved in the
 * workspace on disk (through the workspace service), beside a bare ws echo of the same
 * exchange; room.ack.p95: each phone's wait for its ack in those runs.
 */
export default async function runRoomBench(): Promise<Record<string, BenchEntry>> {
  const temp = await makeTempDir('offsite-bench-room-');
  try {
    const dir = join(temp.path, 'Offsite');
    await mkdir(dir);
    await writeRoomWorkspace(dir, roomWorkspace(PHONES));
    const core = benchAppCore(
      { dataDir: join(temp.path, 'data'), documentsDir: temp.path },
      'http://bench.invalid',
    );
    const ours: Exchange[] = [];
    const peers: Exchange[] = [];
    // One workspace open for the session, as in the app: each run is a new room link over it.
    const opened = await core.workspaces.openFolder(dir);
    const { handle } = opened;
    const sink = new WorkspaceBallotSink(
      {
        load: () => core.workspaces.readFromDisk(handle),
        save: async (w) => void (await core.workspaces.save(handle, w)),
      },
      () => new Date(),
    );
    try {
      for (let run = 0; run < RUNS + 1; run++) {
        const server = await RoomServer.start({
          ...roomForRound(await core.workspaces.readFromDisk(handle), 'round-new'),
          host: '127.0.0.1',
          assets: PLACEHOLDER_PHONE_ASSETS,
          sink,
        });
        try {
          const { url, code } = server;
          const exchange = await within(
            submitAll(url, run, async (phone, i) => {
              const joined = await phone.join({ code, participantId: `p${i + 1}` });
              if (joined.status !== 200)
                throw new Error(`phone ${i + 1} could not join: ${joined.json.message}`);
            }),
            RUN_LIMIT_MS,
            `200 phones to vote through the room server (run ${run + 1})`,
          );
          if (run > 0) ours.push(exchange); // the first run warms up
        } finally {
          await server.close();
        }
        // Acknowledged means saved: the file on disk holds every phone's ballot of this run.
        const onDisk = (await readWorkspaceJson(dir)).rounds.find((r) => r.id === 'round-new')!;
        const missing = Array.from({ length: PHONES }, (_, i) => i).filter(
          (i) =>
            JSON.stringify(onDisk.ballots.find((b) => b.participantId === `p${i + 1}`)?.content) !==
            JSON.stringify(ballotOf(run, i)),
        );
        if (missing.length > 0) throw new Error(`run ${run + 1}: ${missing.length} ballots missing on disk`);

        const echo = await echoServer();
        try {
          const exchange = await within(
            submitAll(echo.url, run, async (phone) => void (await phone.join({}))),
            RUN_LIMIT_MS,
            `200 phones through the bare ws echo (run ${run + 1})`,
          );
          if (run > 0) peers.push(exchange);
        } finally {
          await echo.close();
        }
      }
    } finally {
      await core.workspaces.close(handle);
      await core.dispose();
    }
    const acks = ours.flatMap((e) => e.acks);
    const heap = median(ours.map((e) => e.heapDelta));
    const baseline = median(peers.map((e) => e.totalMs));
    return {
      'room.ballots.200': withPeer(median(ours.map((e) => e.totalMs)), baseline, {
        budget: round(baseline * RATIO_BUDGET),
        note: `budget: ${RATIO_BUDGET}× the peer; median of ${RUNS}: 200 connected phones submit a 12-item order ballot at once → the last ack, each ack sent once the workspace on disk holds the ballot (workspace service, atomic saves); peer: node:http + bare ws answering each ballot at once, same client; heap +${mb(heap)} MB after a full GC with 200 phones joined and connected (server and simulated phones in one process)`,
      }),
      'room.ack.p95': {
        value: percentile(acks, 95),
        unit: 'ms',
        budget: ACK_P95_BUDGET_MS,
        note: `p95 of ${acks.length} acks (ballot sent → ack received), 200 phones submitting at once, ${RUNS} runs; median ${median(acks)} ms; bare ws echo p95 ${percentile(
          peers.flatMap((e) => e.acks),
          95,
        )} ms`,
      },
    };
  } finally {
    await temp.cleanup();
  }
}
