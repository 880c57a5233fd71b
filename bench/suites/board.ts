import type { Workspace } from '../../src/shared/domain/workspace';
import { startAppServer } from '../../tests/e2e/appServer';
import { demoBoardWorkspace } from '../../tests/e2e/boardDriver';
import { buildBarePage, type BareGraph } from '../board/barePage';
import { PAN_MS } from '../board/inPage';
import { runBare, runOurs, type RunResult } from '../board/runs';
import { round, withPeer, type BenchEntry } from '../measure';

const CARDS = 1000;
const LINKS = 1500;
/** Pairs of runs, ours then bare, each in a fresh Chromium profile. */
const RUNS = Number(process.env['BOARD_BENCH_RUNS'] ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;

/** The bare graph: one default node per card, labelled with its title, where the card sits. */
function bareGraph(
  w: Workspace,
  positions: Map<string, { x: number; y: number }>,
  pane: BareGraph['pane'],
): BareGraph {
  return {
    nodes: w.priorities.map((p) => {
      const position = positions.get(p.id);
      if (!position) throw new Error(`card ${p.id} was not on our board`);
      return { id: p.id, type: 'default', position, data: { label: p.title } };
    }),
    edges: w.links.map((l) => ({ id: l.id, source: l.from, target: l.to })),
    pane,
  };
}

/**
 * The trade-off board (1,000 cards, 1,500 links, matrix view at 1920×1080) against a bare
 * @xyflow/react page with the same nodes at the same positions, the same edges and the
 * same pane size, in the same Chromium with the same flags, alternately, each run in a
 * fresh profile. Definitions are in bench/board/inPage.ts:
 * - board.render.1000: from the Board tab's click (bare: the first render call) until all
 *   cards are measured and inside the pane after the fit, plus two frames.
 * - board.pan.1000: p95 of the frame-to-frame times during the same 2 s of mouse-drag pan
 *   and wheel zoom, driven through React Flow's own input handlers.
 * Value and peer are medians over the runs.
 */
export default async function runBoardBench(): Promise<Record<string, BenchEntry>> {
  const workspace = demoBoardWorkspace(CARDS, LINKS);
  if (workspace.priorities.length !== CARDS || workspace.links.length !== LINKS) {
    throw new Error(`demo board has ${workspace.priorities.length} cards, ${workspace.links.length} links`);
  }
  const bare = await buildBarePage();
  const server = await startAppServer(bare.dir);
  const ours: RunResult[] = [];
  const peers: RunResult[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const run = await runOurs(workspace);
      ours.push(run);
      peers.push(await runBare(server.origin, bareGraph(workspace, run.positions, run.pane)));
      const [o, b] = [ours.at(-1)!, peers.at(-1)!];
      console.log(
        `  run ${i + 1}: render ${round(o.renderMs)} / bare ${round(b.renderMs)} ms; ` +
          `pan p95 ${round(p95(o.pan.deltas))} / bare ${round(p95(b.pan.deltas))} ms ` +
          `(${o.pan.deltas.length} / ${b.pan.deltas.length} frames, zoom from ${round(o.pan.k0)} / ${round(b.pan.k0)} ×${round(o.pan.zoomRatio)} / ×${round(b.pan.zoomRatio)}, ` +
          `pan ${Math.round(o.pan.shiftMax)} / ${Math.round(b.pan.shiftMax)} px)`,
      );
    }
  } finally {
    await server.close();
    await bare.cleanup();
  }
  const render = (rs: RunResult[]) => round(median(rs.map((r) => r.renderMs)));
  const pan = (rs: RunResult[]) => round(median(rs.map((r) => p95(r.pan.deltas))));
  const frames = (rs: RunResult[]) => median(rs.map((r) => r.pan.deltas.length));
  const same = `${CARDS} cards, ${LINKS} links, matrix view, 1920×1080, median of ${RUNS} fresh-profile runs alternating with the peer`;
  return {
    'board.render.1000': withPeer(render(ours), render(peers), {
      budget: round(render(peers) * 1.5),
      note: `Board tab click → every card measured and in view after the fit, +2 frames; ${same}; peer: bare @xyflow/react, default nodes at the same positions, from the first render call`,
    }),
    'board.pan.1000': withPeer(pan(ours), pan(peers), {
      budget: round(pan(peers) * 1.25),
      note: `p95 frame time over ${PAN_MS / 1000} s of drag pan then wheel zoom (×2.8 and back) through React Flow's input handlers, ${frames(ours)} vs ${frames(peers)} frames; ${same}; peer: the same on the bare page`,
    }),
  };
}
