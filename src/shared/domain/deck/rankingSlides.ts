import type { ContestReason } from '../ranking';
import { roundResults } from '../rounds/roundResults';
import type { DeckSection, Workspace } from '../workspace';
import { paginate, partTitle, ROWS_PER_SLIDE } from './paginate';
import { placeFit, underTitle } from './rowHeights';
import type { AlignmentContent, RankingContent, SlideOf } from './slideTypes';

type RoundSection = Extract<DeckSection, { type: 'ranking-result' | 'alignment' }>;

export const CONTEST_EXPLANATIONS: Record<ContestReason, string> = {
  polarised: 'Polarised: some put it near the top, others near the bottom.',
  split: 'Split about 50/50 against its neighbour in the consensus.',
  spread: 'Spread out: people placed it all over the list.',
};

const METHOD_NAMES: Record<string, string> = {
  kemeny: 'Kemeny',
  borda: 'Borda',
  schulze: 'Schulze',
  copeland: 'Copeland',
  'ranked-pairs': 'Ranked pairs',
  'mean-rank': 'Mean rank',
};

/** The round's analysis, or the sentence the slide shows instead (no round, not revealed, no votes). */
function analysed(workspace: Workspace, section: RoundSection) {
  if (section.roundId === null)
    return { ok: false as const, message: 'No ranking round is chosen for this slide.' };
  const round = workspace.rounds.find((r) => r.id === section.roundId);
  if (!round) return { ok: false as const, message: 'The chosen ranking round no longer exists.' };
  if (round.status !== 'revealed') {
    return {
      ok: false as const,
      message: `“${round.question}” has not been revealed yet, so its results stay private.`,
    };
  }
  const results = roundResults(workspace, round);
  return results.ok
    ? { ok: true as const, round, results }
    : { ok: false as const, message: results.message };
}

export function rankingSlides(workspace: Workspace, section: RoundSection): SlideOf<'ranking'>[] {
  const base = { kind: 'ranking' as const, sectionId: section.id };
  const found = analysed(workspace, section);
  if (!found.ok) {
    const content: RankingContent = { ok: false, message: found.message, markdown: section.markdown };
    return [{ ...base, id: section.id, title: section.title, content }];
  }
  const { analysis, titles } = found.results;
  const items = new Map(analysis.items.map((i) => [i.candidate, i]));
  const contestedIds = new Map(analysis.topContested.map((c) => [c.candidate, c.reason]));
  let place = 1;
  const places = analysis.consensus.order.flatMap((tier) => {
    const rows = tier.map((id) => ({
      place,
      title: titles[id] ?? id,
      meanRank: items.get(id)?.meanRank ?? place,
      rankSd: items.get(id)?.rankSd ?? 0,
      contested: contestedIds.get(id) ?? null,
    }));
    place += tier.length;
    return rows;
  });
  const { agreement } = analysis;
  const parts = paginate(places, ROWS_PER_SLIDE.rankingPlaces, underTitle(placeFit, section.title));
  return parts.map((rows, i) => ({
    ...base,
    id: i === 0 ? section.id : `${section.id}-${i + 1}`,
    title: partTitle(section.title, i, parts.length),
    content: {
      ok: true,
      question: found.round.question,
      alignment: {
        score: Math.round(agreement.w * 100),
        w: agreement.w,
        label: agreement.label,
        meaning: agreement.meaning,
        significant: agreement.significant,
        voters: analysis.voters.length,
        items: analysis.candidates.length,
      },
      places: rows,
      itemCount: places.length,
      contested: analysis.topContested.slice(0, 3).map((c) => ({
        title: titles[c.candidate] ?? c.candidate,
        place: c.consensusPlace,
        reason: c.reason,
        explanation: CONTEST_EXPLANATIONS[c.reason],
      })),
      method: METHOD_NAMES[analysis.consensus.method] ?? analysis.consensus.method,
      markdown: i === 0 ? section.markdown : '',
      continuation: i > 0,
    },
  }));
}

/** A voter grid stays readable up to this many people; beyond, only the distances are listed. */
export const MAX_GRID_VOTERS = 12;

export function alignmentSlides(workspace: Workspace, section: RoundSection): SlideOf<'alignment'>[] {
  const base = { kind: 'alignment' as const, sectionId: section.id };
  const found = analysed(workspace, section);
  if (!found.ok) {
    const content: AlignmentContent = { ok: false, message: found.message, markdown: section.markdown };
    return [{ ...base, id: section.id, title: section.title, content }];
  }
  const { analysis } = found.results;
  const names = new Map(analysis.voters.map((v) => [v.voterId, v.name]));
  const voters = analysis.participantAgreement.voterIds.map((id) => names.get(id) ?? id);
  const distances = [...analysis.participants]
    .sort((a, b) => a.tauDistance - b.tauDistance)
    .map((p) => ({ name: p.name, distance: Math.round(p.tauDistance * 100) }));
  const parts = paginate(distances, ROWS_PER_SLIDE.distances);
  return parts.map((rows, i) => ({
    ...base,
    id: i === 0 ? section.id : `${section.id}-${i + 1}`,
    title: partTitle(section.title, i, parts.length),
    content: {
      ok: true,
      question: found.round.question,
      score: Math.round(analysis.agreement.w * 100),
      label: analysis.agreement.label,
      meaning: analysis.agreement.meaning,
      voters,
      matrix: i === 0 && voters.length <= MAX_GRID_VOTERS ? analysis.participantAgreement.matrix : null,
      distances: rows,
      markdown: i === 0 ? section.markdown : '',
    },
  }));
}
