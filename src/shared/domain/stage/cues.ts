import type { Workspace } from '../workspace';

/**
 * What the facilitator can put on the projector, one cue at a time: a title card, the
 * block timer, a round (its "who has voted" board while open, its results once revealed), the board
 * (all of it or the cards chosen), a deck slide. A cue names things by id; what the
 * audience actually sees is decided by deriveStage from the document at that moment.
 */
export type Cue =
  | { kind: 'title' }
  /** The block timer of the agenda, as it runs. */
  | { kind: 'timer' }
  | { kind: 'round'; roundId: string }
  /** An alignment checkpoint: who has answered while open, its results once revealed. */
  | { kind: 'checkpoint'; checkpointId: string }
  | { kind: 'board'; priorityIds: readonly string[] | null }
  | { kind: 'slide'; sectionId: string; page: number };

/** How a cue is named in the console's list ("Round: Which bets for Q3?"). */
export type CueEntry = { cue: Cue; label: string; key: string };

export function cueKey(cue: Cue): string {
  switch (cue.kind) {
    case 'title':
      return 'title';
    case 'timer':
      return 'timer';
    case 'round':
      return `round:${cue.roundId}`;
    case 'checkpoint':
      return `checkpoint:${cue.checkpointId}`;
    case 'board':
      return cue.priorityIds ? `board:${cue.priorityIds.join(',')}` : 'board';
    case 'slide':
      return `slide:${cue.sectionId}:${cue.page}`;
  }
}

/**
 * The running order the console offers, in the order of a typical session: the title,
 * every round (oldest first), every checkpoint, the board, then the deck's sections, and last the block
 * timer (once the agenda has blocks): it is called up between the others with its own
 * button, so ← and → walk through the content without stopping on it. `slidePages` says
 * how many slides each deck section makes (a long table continues on further slides).
 */
export function cueList(workspace: Workspace, slidePages: ReadonlyMap<string, number>): CueEntry[] {
  const cues: Array<{ cue: Cue; label: string }> = [
    { cue: { kind: 'title' }, label: `Title: ${workspace.name}` },
  ];
  for (const round of workspace.rounds) {
    cues.push({ cue: { kind: 'round', roundId: round.id }, label: `Round: ${round.question}` });
  }
  for (const checkpoint of workspace.checkpoints) {
    cues.push({
      cue: { kind: 'checkpoint', checkpointId: checkpoint.id },
      label: `Checkpoint: ${checkpoint.title}`,
    });
  }
  cues.push({ cue: { kind: 'board', priorityIds: null }, label: 'Board: every card' });
  for (const section of workspace.deck?.sections ?? []) {
    const pages = slidePages.get(section.id) ?? 1;
    for (let page = 0; page < pages; page++) {
      const part = pages > 1 ? ` (${page + 1}/${pages})` : '';
      cues.push({
        cue: { kind: 'slide', sectionId: section.id, page },
        label: `Slide: ${section.title.trim() || 'Untitled'}${part}`,
      });
    }
  }
  if (workspace.agenda.blocks.length > 0) {
    cues.push({ cue: { kind: 'timer' }, label: 'Timer: the block running' });
  }
  return cues.map((c) => ({ ...c, key: cueKey(c.cue) }));
}
