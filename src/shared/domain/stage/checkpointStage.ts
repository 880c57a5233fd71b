import { checkpointResultsOf, LABEL_WORDS } from '../alignment';
import type { Workspace } from '../workspace';
import { STAGE_LIMITS, type Stage, type StageJoin } from './stageSchema';

/**
 * An alignment checkpoint on the projector. While open: who has answered (names and a
 * tick, never what), with the room QR while the room link is open on it. Once revealed:
 * the results, derived afresh from the saved answers — the distribution per question,
 * how many answered and agreement in words, most mixed first. No comment and no name
 * reaches the room from here: a comment can give its writer away. Null when the
 * checkpoint is gone (the caller falls back to the title).
 */
export function checkpointStage(
  workspace: Workspace,
  checkpointId: string,
  roomJoin: (StageJoin & { roundId: string }) | undefined,
): Stage | null {
  const checkpoint = workspace.checkpoints.find((c) => c.id === checkpointId);
  if (!checkpoint) return null;
  const title = checkpoint.title.slice(0, STAGE_LIMITS.text);
  if (checkpoint.status === 'open') {
    const answered = new Set(checkpoint.answeredBy);
    const progress = {
      kind: 'voteProgress',
      question: title,
      voters: workspace.participants
        .filter((p) => p.votes || answered.has(p.id))
        .map((p) => ({ name: p.name, voted: answered.has(p.id) })),
      verb: 'answered',
    } as const;
    if (roomJoin?.roundId !== checkpointId) return progress;
    const { url, code, qrSvg } = roomJoin;
    return { ...progress, join: { url, code, qrSvg } };
  }
  return {
    kind: 'checkpointResults',
    title,
    questions: checkpointResultsOf(checkpoint).map((r) => ({
      wording: r.wording.slice(0, STAGE_LIMITS.text),
      counts: [...r.counts],
      n: r.n,
      label: LABEL_WORDS[r.label],
      reading: r.reading.slice(0, STAGE_LIMITS.text),
    })),
  };
}
