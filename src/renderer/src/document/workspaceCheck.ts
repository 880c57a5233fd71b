import type { Workspace } from '../../../shared/domain/workspace';

/** The first problem that keeps a workspace from being saved, in the words of the screen; null when it saves. */
export type WorkspaceCheck = (workspace: Workspace) => string | null;

let check: WorkspaceCheck | null = null;
let loading: Promise<void> | null = null;

/**
 * Resolves once the open document can check its edits. The check (the workspace schema,
 * zod and the ranking rules behind it: a third of the app's first script) is fetched the
 * first time, so the home screen starts without it. Every way of opening a workspace awaits
 * this before `enterDocument` — opening waits for main anyway — so edits stay synchronous.
 */
export function documentReady(): Promise<void> {
  loading ??= import('../../../shared/domain/workspace').then(
    (domain) => {
      check = domain.workspaceProblem;
    },
    (error: unknown) => {
      loading = null; // the next open tries again
      throw error;
    },
  );
  return loading;
}

/** The check, for code that runs only while a workspace is open (it was loaded on the way in). */
export function workspaceCheck(): WorkspaceCheck {
  if (!check)
    throw new Error('A workspace is shown before its edits can be checked: await documentReady() first.');
  return check;
}
