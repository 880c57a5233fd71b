/** The open workspace's screen and the new-workspace dialog (with its template picker), loaded when first needed (app/lazyViews.tsx). */
export { WorkspaceScreen } from './WorkspaceScreen';
export { NewWorkspaceDialog } from './NewWorkspaceDialog';
