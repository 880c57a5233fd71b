import type { ContestReason } from '../ranking';
import type { ActionStatus, BlockKind, DecisionKind, DeckSectionType, ParkedOutcome } from '../workspace';
import type { KpiStatus } from './scorecard';
import type { CascadeContent, MessagesContent, TrendsContent } from './seriesSlideTypes';

/**
 * What one slide shows: a plain view model computed from the workspace (never stored),
 * shared by the in-app preview, Present mode and the PDF. Text here is raw user text;
 * `slideHtml` escapes it. `markdown` fields are Markdown source, rendered safely there.
 */
export type RankingContent =
  | {
      ok: true;
      question: string;
      alignment: {
        /** Kendall's W as 0–100. */
        score: number;
        /** The gauge's SVG paths, the same geometry as on screen. */
        gauge: { track: string; fill: string | null };
        /** The verdict: never contradicts the order's ranges or the camps. */
        kind: string;
        word: string;
        sentence: string;
        /** "Kendall’s W = 0.10 · 6 voters · 12 items · Could be chance (p = 0.84)". */
        facts: string;
      };
      /** One sentence per camp (empty when the room is not split). */
      camps: string[];
      /** "All 6 put “A” above “H”…": pairs every voter orders the same way. */
      certainties: string[];
      /** How the order was chosen, and whether it is exact. */
      note: string;
      /** The representative order shown on this slide (a long round continues on further slides). */
      places: Array<{
        place: number;
        title: string;
        /** Every place the item takes in some optimal order: "2–7" when first < last. */
        first: number;
        last: number;
        range: string;
        /** The voters' average place: the dot on the range bar. */
        meanRank: number;
        /** Interchangeable with the previous item (no ballot tells them apart). */
        tiedWithPrevious: boolean;
        contested: ContestReason | null;
      }>;
      itemCount: number;
      /** "Discuss first" sits beside the order's last part, leaving the headline and camps room. */
      discussHere: boolean;
      contested: Array<{ title: string; place: number; reason: ContestReason; explanation: string }>;
      method: string;
      markdown: string;
      /** The continuation slides repeat neither the headline nor the text. */
      continuation: boolean;
    }
  | { ok: false; message: string; markdown: string };

export type AlignmentContent =
  | {
      ok: true;
      question: string;
      score: number;
      label: string;
      meaning: string;
      /** Names in matrix order; null matrix when there are too many people for a readable grid. */
      voters: string[];
      matrix: number[][] | null;
      distances: Array<{ name: string; distance: number }>;
      markdown: string;
    }
  | { ok: false; message: string; markdown: string };

export type SlideContentMap = {
  title: { organisation: string; period: string; date: string; subtitle: string; markdown: string };
  text: { sectionType: Extract<DeckSectionType, 'text' | 'agenda' | 'appendix'>; markdown: string };
  ranking: RankingContent;
  alignment: AlignmentContent;
  board: { svg: string | null; message: string; markdown: string };
  decisions: {
    rows: Array<{
      kind: DecisionKind;
      what: string;
      why: string;
      alternatives: string;
      dissent: string;
      owner: string;
      date: string;
      priorities: string[];
    }>;
    /** The number of this slide's first decision: the log is numbered on across its slides. */
    firstNumber: number;
    empty: string;
    markdown: string;
  };
  'action-items': {
    rows: Array<{ text: string; owner: string; due: string; status: ActionStatus; decision: string }>;
    empty: string;
    markdown: string;
  };
  'priorities-focus': {
    focus: { title: string; owner: string } | null;
    committed: Array<{ title: string; owner: string; isFocus: boolean }>;
    notDoing: Array<{ title: string; status: 'dropped' | 'deferred'; rationale: string }>;
    markdown: string;
  };
  risks: {
    rows: Array<{
      kind: 'depends-on' | 'conflicts-with' | 'trades-off';
      from: string;
      to: string;
      cost: string;
    }>;
    empty: string;
    markdown: string;
  };
  kpi: {
    rows: Array<{
      metric: string;
      unit: string;
      target: number | null;
      actual: number | null;
      prior: number | null;
      better: 'higher' | 'lower';
      status: KpiStatus;
      comment: string;
    }>;
    summary: Record<KpiStatus, number>;
    markdown: string;
  };
  commitments: {
    rows: Array<{
      commitment: string;
      owner: string;
      grade: 'done' | 'partly' | 'missed' | 'ungraded';
      comment: string;
    }>;
    completion: { percent: number | null; done: number; partly: number; missed: number; graded: number };
    markdown: string;
  };
  /** The planned agenda: per day its blocks with start and end, in the agenda's time zone. */
  'agenda-plan': {
    /** "Times in Europe/Paris". */
    timeZone: string;
    /** The days on this slide; a day continued from the slide before says so. */
    days: Array<{
      /** "Day 1 · 15 January 2027 · 09:00–17:30". */
      label: string;
      continued: boolean;
      /** "6 h 30 min planned", with how far past its end the day runs. */
      summary: string;
      rows: AgendaPlanRow[];
    }>;
    empty: string;
    markdown: string;
  };
  /** Planned against actual minutes per block that has run, and minutes per priority. */
  'time-spent': {
    rows: Array<{ title: string; kind: BlockKind; planned: number; actual: number }>;
    /** Totals over every block that has run, shown on each slide of the section. */
    totals: { planned: number; actual: number; blocks: number };
    /** The longest planned or actual time of any block: every bar on every slide shares the scale. */
    scale: number;
    priorities: Array<{ title: string; minutes: number; text: string; contested: boolean }>;
    /** The priorities are all on the slides before this one. */
    prioritiesElsewhere: boolean;
    /** "Launch in the EU: 34 min across 3 blocks", for each contested item (every slide). */
    contested: string[];
    empty: string;
    markdown: string;
  };
  /** Open items first, then each triaged one with where it went. */
  'parking-lot': {
    rows: Array<{
      text: string;
      outcome: ParkedOutcome;
      outcomeLabel: string;
      detail: string;
      /** The priority in focus when it was parked ('' for none). */
      priority: string;
    }>;
    /** "3 open · 2 action items · 1 dropped", counted over the whole lot. */
    counts: Array<{ outcome: ParkedOutcome; label: string; count: number }>;
    total: number;
    empty: string;
    markdown: string;
  };
  /** The series' measures quarter on quarter, the checkpoint questions and the warnings. */
  trends: TrendsContent;
  /** The agreed messages and what success means. */
  'team-messages': MessagesContent;
  /** Per committed priority, what each department contributes; then the flags in words. */
  cascade: CascadeContent;
};

export type AgendaPlanRow = {
  start: string;
  end: string;
  title: string;
  kind: BlockKind;
  minutes: number;
  fixed: boolean;
  /** The block before runs past this fixed start by this many minutes (0: no conflict). */
  conflictMinutes: number;
};

export type SlideKind = keyof SlideContentMap;

export type Slide = {
  [K in SlideKind]: {
    kind: K;
    /** Unique within the deck: the section id, with the part number for continued slides. */
    id: string;
    sectionId: string;
    /** As shown, with "(2/3)" when a long section continues over several slides. */
    title: string;
    content: SlideContentMap[K];
  };
}[SlideKind];

export type SlideOf<K extends SlideKind> = Extract<Slide, { kind: K }>;
