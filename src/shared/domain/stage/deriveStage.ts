import { currentBlock, upcomingBlock } from '../agenda/run';
import { renderBoardSvg } from '../board/boardSvg';
import { buildSlides, slideHtml, type DeckSeries, type Slide } from '../deck';
import type { Deck, Round, Workspace } from '../workspace';
import { checkpointStage } from './checkpointStage';
import type { Cue } from './cues';
import { STAGE_LIMITS, type Stage, type StageJoin } from './stageSchema';

export type StageOptions = {
  /** The day printed on a title slide (YYYY-MM-DD, the local calendar day). */
  date: string;
  /** The black screen (B) hides everything, whatever the cue. */
  blank?: boolean;
  /** The room link open for a round: its "who has voted" board also says how to join. */
  roomJoin?: StageJoin & { roundId: string };
  /** The series' earlier quarters, for the trend slides ('reading' while on their way; left out: not read). */
  series?: DeckSeries | 'reading';
};

/** The projector's own size: the board picture is drawn for it. */
export const AUDIENCE_BOARD_SIZE = { width: 1920, height: 1080 } as const;

/**
 * What the audience sees for a cue, computed from the document alone. Nothing private can
 * reach the room through here by construction: an open round gives only who has voted
 * (never what), its results appear once it is revealed and not before, and speaker notes
 * are never read. A cue whose round or section no longer exists falls back to the title.
 */
export function deriveStage(workspace: Workspace, cue: Cue, options: StageOptions): Stage {
  if (options.blank) return { kind: 'blank' };
  switch (cue.kind) {
    case 'title':
      return titleStage(workspace);
    case 'timer':
      return timerStage(workspace);
    case 'round':
      return roundStage(workspace, cue.roundId, options.date, options.roomJoin);
    case 'checkpoint':
      return checkpointStage(workspace, cue.checkpointId, options.roomJoin) ?? titleStage(workspace);
    case 'board':
      return {
        kind: 'board',
        label: cue.priorityIds ? `The board: ${cue.priorityIds.length} chosen cards` : 'The board',
        svg: renderBoardSvg(workspace, {
          ...AUDIENCE_BOARD_SIZE,
          ...(cue.priorityIds ? { priorityIds: cue.priorityIds } : {}),
        }),
      };
    case 'slide':
      return slideStage(workspace, cue.sectionId, cue.page, options) ?? titleStage(workspace);
  }
}

function titleStage(workspace: Workspace): Stage {
  const subtitle = [workspace.organisation, workspace.period].filter((s) => s.trim().length > 0).join(' · ');
  return { kind: 'title', title: workspace.name, subtitle };
}

/**
 * The block timer for the room: the block's title, the next one's, and the timer's end
 * time (or what was left, paused). Before the day starts it names the first block, idle.
 */
function timerStage(workspace: Workspace): Stage {
  const { agenda } = workspace;
  const current = currentBlock(agenda);
  const block = current ?? upcomingBlock(agenda);
  const next = current ? upcomingBlock(agenda) : null;
  return {
    kind: 'timer',
    title: (block?.title ?? '').slice(0, STAGE_LIMITS.text),
    next: (next?.title ?? '').slice(0, STAGE_LIMITS.text),
    timer: current ? agenda.run.timer : { state: 'idle' },
  };
}

/**
 * Who is expected to vote in a round, and who has: everyone asked to vote, and anyone
 * else who has cast a ballot. Names and ticks only, never what they chose.
 */
export function roundVoters(workspace: Workspace, round: Round): Array<{ name: string; voted: boolean }> {
  const voted = new Set(round.ballots.map((b) => b.participantId));
  return workspace.participants
    .filter((p) => p.votes || voted.has(p.id))
    .map((p) => ({ name: p.name, voted: voted.has(p.id) }));
}

function roundStage(
  workspace: Workspace,
  roundId: string,
  date: string,
  roomJoin: StageOptions['roomJoin'],
): Stage {
  const round = workspace.rounds.find((r) => r.id === roundId);
  if (!round) return titleStage(workspace);
  if (round.status === 'open') {
    const progress = {
      kind: 'voteProgress',
      question: round.question,
      voters: roundVoters(workspace, round),
    } as const;
    if (roomJoin?.roundId !== roundId) return progress;
    const { url, code, qrSvg } = roomJoin;
    return { ...progress, join: { url, code, qrSvg } };
  }
  // Revealed: the room sees the same results slide as the deck, at presentation size.
  const deck: Deck = {
    templateId: null,
    confidential: workspace.deck?.confidential ?? true,
    // Titled "Results": the slide itself states the question right under the title.
    sections: [
      { id: `results-${round.id}`, type: 'ranking-result', title: 'Results', markdown: '', roundId },
    ],
  };
  const slides = buildSlides(workspace, deck, { date });
  return (
    slideOf(workspace, slides, 0, deck.confidential, `Results: ${round.question}`) ?? titleStage(workspace)
  );
}

function slideStage(
  workspace: Workspace,
  sectionId: string,
  page: number,
  { date, series }: StageOptions,
): Stage | null {
  const deck = workspace.deck;
  if (!deck || !deck.sections.some((s) => s.id === sectionId)) return null;
  const slides = buildSlides(workspace, deck, { date, ...(series ? { series } : {}) });
  const ofSection = slides.flatMap((s, index) => (s.sectionId === sectionId ? [index] : []));
  const index = ofSection[Math.min(Math.max(0, page), ofSection.length - 1)];
  if (index === undefined) return null;
  const slide = slides[index];
  const label = slide ? `Slide ${index + 1}: ${slide.title}` : 'Slide';
  return slideOf(workspace, slides, index, deck.confidential, label);
}

function slideOf(
  workspace: Workspace,
  slides: readonly Slide[],
  index: number,
  confidential: boolean,
  label: string,
): Stage | null {
  const slide = slides[index];
  if (!slide) return null;
  const html = slideHtml(
    slide,
    { index, total: slides.length },
    { confidential, organisation: workspace.organisation },
  );
  return { kind: 'slide', label: label.slice(0, 400), html };
}
