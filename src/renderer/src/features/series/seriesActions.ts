import type { Series, Workspace } from '../../../../shared/domain/workspace';
import type { SeriesQuarter } from '../../../../shared/ipc/seriesContract';
import { bridge } from '../../bridge';
import { documentActions, useDocument } from '../../document';
import { workspaceActions } from '../workspaces';

export type NextQuarterFields = { name: string; period: string; quarterLabel: string };

/** The open workspace: its handle and the document as the window shows it. */
function open(): { handle: string; workspace: Workspace } {
  const current = useDocument.getState().current;
  if (!current) throw new Error('No workspace is open.');
  return { handle: current.handle, workspace: current.workspace };
}

/** The open workspace takes a series link main worked out; an edit like any other, undoable. */
function applySeries(series: Series): boolean {
  return documentActions.edit((w) => ({ ...w, series }));
}

export const seriesActions = {
  /**
   * Writes the next quarter beside this one, links this one to it (an edit of the open
   * document, saved as every edit is), then opens the new quarter as a recent workspace is
   * opened. Returns the reason in words when it could not, or null.
   */
  createNextQuarter: async (fields: NextQuarterFields): Promise<string | null> => {
    const { handle, workspace } = open();
    const result = await bridge().series.createNextQuarter({ handle, ...fields, workspace });
    if (!result.ok) return result.message;
    const { folder, previousSeries } = result.value;
    // Already in a series: its link is kept as it is (the new quarter follows it by id).
    if (!useDocument.getState().current?.workspace.series && !applySeries(previousSeries)) {
      return 'The new quarter was made, but this one could not be linked to it. Open it from the home screen.';
    }
    if (await documentActions.close()) await workspaceActions.openRecent(folder);
    return null;
  },

  quarters: async (): Promise<{ quarters: SeriesQuarter[] } | { error: string }> => {
    const { handle, workspace: w } = open();
    const current = {
      id: w.id,
      name: w.name,
      period: w.period,
      organisation: w.organisation,
      series: w.series,
    };
    const result = await bridge().series.quarters({ handle, current });
    return result.ok ? { quarters: result.value } : { error: result.message };
  },

  /** Asks for the previous quarter's folder where it is now; null when done or cancelled. */
  repoint: async (): Promise<string | null> => {
    const picked = await bridge().workspace.pickWorkspace({});
    if (!picked.ok) return picked.message;
    if (picked.value === null) return null;
    const { handle, workspace } = open();
    const result = await bridge().series.repoint({ handle, folder: picked.value, workspace });
    if (!result.ok) return result.message;
    return applySeries(result.value.series) ? null : 'The link could not be changed.';
  },

  /** This quarter no longer follows another; both workspaces stay as they are. */
  removeLink: (): boolean =>
    documentActions.edit((w) => (w.series ? { ...w, series: { ...w.series, previous: null } } : w)),
};
