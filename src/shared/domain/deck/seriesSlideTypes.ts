import type { Horizon } from '../series/quarterSummary';

/**
 * What the trend, "What every team will hear" and cascade slides show: plain view models
 * computed from the workspace and the series' other quarters, never stored. Text is raw
 * user text here; the renderers escape it.
 */

/** One quarter's bar: its value written out, or why there is none (never drawn as 0). */
export type TrendBar = {
  label: string;
  /** The bar's height as a share of the chart's scale, 0–1; null when the quarter has no figure. */
  share: number | null;
  /** "0.62", "75%", "3.4 / 5"; "no figure" when there is none. */
  text: string;
  /** The arrow against the quarter before, drawn beside the value: "↑ better", "→ same". */
  arrow: string | null;
  current: boolean;
};

export type TrendChartView = {
  key: string;
  title: string;
  bars: TrendBar[];
  /** The newest quarter against the one before, in a sentence: "Q3 2027: 0.62, ↑ 0.12 higher … (better)". */
  latest: string;
  /** Quarters without a figure, with why: "Q1 2027: No commitments graded yet (Grading last quarter, on the Setup tab)." */
  missing: string[];
};

export type HorizonChartView = {
  quarters: Array<{
    label: string;
    current: boolean;
    /** Now, Next and Later with their shares, Now first; empty when nothing committed had effort. */
    parts: Array<{ horizon: Horizon; name: string; share: number; text: string }>;
  }>;
  latest: string;
};

export type CheckpointView = {
  question: string;
  /** The mean per quarter with its arrow: "Q2 2027 3.0 / 5 · Q3 2027 3.8 / 5 ↑ better". */
  means: Array<{ label: string; text: string; arrow: string | null }>;
  /** How many answered 1 to 5 in each of the newest quarters with answers (up to three), oldest first: the spread, never only the mean. */
  distributions: Array<{ label: string; counts: number[]; n: number }>;
  latest: string;
};

/** One piece of a trend slide, in reading order: a chart, the horizon balance or a checkpoint question. */
export type TrendPanel =
  | { kind: 'chart'; chart: TrendChartView }
  | { kind: 'horizons'; horizons: HorizonChartView }
  | { kind: 'checkpoint'; checkpoint: CheckpointView };

export type TrendsContent = {
  /** The quarters compared, oldest first ("Q1 2027", …), the current one last. */
  quarters: string[];
  /** One line each when there is no series, it could not be read, or quarters are left out (first slide). */
  notes: string[];
  /** The trends' warnings in words (first slide). */
  warnings: string[];
  /** This slide's panels; charts pair up two to a row unless `wide`. */
  panels: TrendPanel[];
  /** Measures no quarter has a figure for, each with why (last slide). */
  unavailable: string[];
  /** Many quarters: each chart takes the slide's whole width. */
  wide: boolean;
  markdown: string;
};

export type MessagesContent = {
  messages: string[];
  /** The number of this slide's first message (they are numbered on across slides). */
  firstNumber: number;
  empty: string | null;
  /** What success means this quarter; on the slide with the last message. */
  success: { priority: string; metric: string; target: string } | { empty: string } | null;
  /** Last quarter's success definition, graded, when it was carried in. */
  previous: { period: string; title: string; metric: string; target: string; grade: string } | null;
  markdown: string;
};

export type CascadeRow = {
  department: string;
  objective: string;
  owner: string;
  measure: string;
  horizon: string;
};

export type CascadeContent = {
  priorities: Array<{
    title: string;
    isFocus: boolean;
    /** The priority was begun on the slide before. */
    continued: boolean;
    rows: CascadeRow[];
    /** "No department contributes yet." when it has no rows at all. */
    none: string | null;
  }>;
  /** The flags in words, with their kind named ("Overloaded"). */
  flags: Array<{ kind: string; message: string }>;
  /** "4 flags to look at" / "No flags: …", on every slide of the section. */
  flagSummary: string;
  empty: string | null;
  markdown: string;
};
