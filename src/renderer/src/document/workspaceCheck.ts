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
  // The module itself, not the workspace index: the index is imported statically all over
  // the workspace's screens, and as a dynamic entry it would split their shared code into
  // many small chunks, some of them on the home screen's first load.
  loading ??= import('../../../shared/domain/workspace/issueMessages').then(
    (issueMessages) => {
      check = issueMessages.workspaceProblem;
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
