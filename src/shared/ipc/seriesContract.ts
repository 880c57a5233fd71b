import { z } from 'zod';
import type { QuarterSummary as QuarterSummaryType } from '../domain/series/quarterSummary';
import { LIMITS, SERIES_LIMITS, Series, Workspace } from '../domain/workspace';

/**
 * A quarter series over IPC: making the next quarter beside the open one, reading the
 * quarters of its series for the trends, and re-pointing a link whose folder moved. Part of
 * the one contract (contract.ts); kept here so that file stays readable.
 *
 * The window's document is the truth while it is open: main never writes the open
 * workspace here. What changes in it (its series link) comes back for the window to apply
 * as an ordinary edit, so an unsaved edit in the window can never be overwritten.
 */

const Handle = z.string().min(1).max(64);
const FsPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'A path cannot contain NUL characters.');

export const NextQuarterRequest = z.strictObject({
  handle: Handle,
  name: z.string().trim().min(1, 'Give the new quarter a name.').max(LIMITS.name),
  period: z.string().max(LIMITS.period),
  quarterLabel: z.string().max(SERIES_LIMITS.quarterLabel),
  /** The document as the window shows it, unsaved edits included; the saved file when left out. */
  workspace: Workspace.optional(),
});
export type NextQuarterRequest = z.infer<typeof NextQuarterRequest>;

export const NextQuarterCreated = z.strictObject({
  /** The new quarter's folder: the window opens it as it opens a recent workspace. */
  folder: z.string(),
  /** The open workspace's series as it must now be (it may have been in none): apply it. */
  previousSeries: Series,
});
export type NextQuarterCreated = z.infer<typeof NextQuarterCreated>;

/** Of the open quarter, what following its series needs: never the whole document, which can be large. */
export const OpenQuarter = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().max(LIMITS.name),
  period: z.string().max(LIMITS.period),
  organisation: z.string().max(LIMITS.name),
  series: Series.nullable(),
});
export type OpenQuarter = z.infer<typeof OpenQuarter>;

export const SeriesQuartersRequest = z.strictObject({
  handle: Handle,
  /** The open quarter as the window shows it (a link re-pointed but not saved yet); the saved file when left out. */
  current: OpenQuarter.optional(),
});
export type SeriesQuartersRequest = z.infer<typeof SeriesQuartersRequest>;

/** The summary crosses as the domain makes it (main never receives it back, so it is not re-checked). */
const QuarterSummary = z.custom<QuarterSummaryType>((v) => typeof v === 'object' && v !== null);

export const FoundQuarter = z.strictObject({
  missing: z.literal(false),
  workspaceId: z.string(),
  name: z.string(),
  period: z.string(),
  quarterLabel: z.string(),
  /** Where its folder is; the open quarter's own folder for the open one. */
  folder: z.string(),
  /** The quarter open in this window. */
  current: z.boolean(),
  /**
   * Null when the file could not be read for the trends (`problem` says why), and for the
   * open quarter when the window sent its fields: the window sums that one up from its document.
   */
  summary: QuarterSummary.nullable(),
  problem: z.string().nullable(),
});
export type FoundQuarter = z.infer<typeof FoundQuarter>;

export const MissingQuarter = z.strictObject({
  missing: z.literal(true),
  /** Why the link leads nowhere, and what can be done, in words. */
  reason: z.string(),
  /** The linked quarter as the link remembers it. */
  previous: z.strictObject({
    workspaceId: z.string(),
    name: z.string(),
    period: z.string(),
    folderHint: z.string(),
  }),
  /** The link is the open workspace's own: it can be re-pointed or removed from here. */
  linkIsHere: z.boolean(),
});
export type MissingQuarter = z.infer<typeof MissingQuarter>;

export const SeriesQuarter = z.discriminatedUnion('missing', [FoundQuarter, MissingQuarter]);
export type SeriesQuarter = z.infer<typeof SeriesQuarter>;

export const SeriesRepointRequest = z.strictObject({
  handle: Handle,
  folder: FsPath,
  /** The document as the window shows it; its link is the one re-pointed. The saved file when left out. */
  workspace: Workspace.optional(),
});
export type SeriesRepointRequest = z.infer<typeof SeriesRepointRequest>;

/** The open workspace's series with its previous-quarter link pointing at the chosen folder. */
export const SeriesRepointed = z.strictObject({ series: Series });
export type SeriesRepointed = z.infer<typeof SeriesRepointed>;
