import {
  alignmentFactsLine,
  campLines,
  certaintyLines,
  CONTEST_EXPLANATIONS,
  gaugeArc,
  METHOD_NAMES,
  placeRangeText,
  representativeNote,
} from '../ranking';
import { roundResults } from '../rounds/roundResults';
import type { DeckSection, Workspace } from '../workspace';
import { lines, paginate, partTitle, ROWS_PER_SLIDE } from './paginate';
import { placeFit, underTitle } from './rowHeights';
import type { AlignmentContent, RankingContent, SlideOf } from './slideTypes';

type RoundSection = Extract<DeckSection, { type: 'ranking-result' | 'alignment' }>;

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
  // The same order, ranges and words as the results screen: one representative order,
  // each item's range over all optimal orders, its dot at the voters' average place.
  const places = analysis.ranges.map((r, i) => ({
    place: r.place,
    title: titles[r.candidate] ?? r.candidate,
    first: r.first,
    last: r.last,
    range: placeRangeText(r.first, r.last),
    meanRank: items.get(r.candidate)?.meanRank ?? r.place,
    tiedWithPrevious: analysis.ranges[i - 1]?.tiedWithNext === true,
    contested: contestedIds.get(r.candidate) ?? null,
  }));
  const { agreement, verdict } = analysis;
  const certainties = certaintyLines(analysis, titles);
  const note = representativeNote(analysis);
  const fit = underTitle(placeFit, section.title);
  // What everyone agrees on and how the order was chosen sit under the first part's table.
  const below = [certainties.join(' '), note].reduce((sum, text) => sum + 16 + 20 * lines(text, 90), 0);
  const parts = paginate(places, ROWS_PER_SLIDE.rankingPlaces, {
    ...fit,
    firstBudget: (fit.firstBudget ?? fit.budget) - below,
  });
  const ranges = new Map(analysis.ranges.map((r) => [r.candidate, r]));
  return parts.map((rows, i) => ({
    ...base,
    id: i === 0 ? section.id : `${section.id}-${i + 1}`,
    title: partTitle(section.title, i, parts.length),
    content: {
      ok: true,
      question: found.round.question,
      alignment: {
        score: Math.round(agreement.w * 100),
        gauge: gaugeArc(agreement.w),
        kind: verdict.kind,
        word: verdict.word,
        sentence: verdict.sentence,
        facts: alignmentFactsLine(analysis),
      },
      camps: campLines(analysis, titles, false),
      certainties: i === 0 ? certainties : [],
      note,
      discussHere: i === parts.length - 1,
      places: rows,
      itemCount: places.length,
      contested: analysis.topContested.slice(0, 3).map((c) => ({
        title: titles[c.candidate] ?? c.candidate,
        place: ranges.get(c.candidate)?.place ?? c.consensusPlace,
        reason: c.reason,
        explanation: CONTEST_EXPLANATIONS[c.reason],
      })),
      method: METHOD_NAMES[analysis.consensus.method],
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
      label: analysis.verdict.word,
      meaning: analysis.verdict.sentence,
      voters,
      matrix: i === 0 && voters.length <= MAX_GRID_VOTERS ? analysis.participantAgreement.matrix : null,
      distances: rows,
      markdown: i === 0 ? section.markdown : '',
    },
  }));
}
