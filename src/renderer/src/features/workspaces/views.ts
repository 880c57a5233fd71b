/**
 * The open workspace's screen, the new-workspace dialog (with its template picker) and the
 * damaged-file dialog, loaded when first needed (app/lazyViews.tsx).
 */
export { WorkspaceScreen } from './WorkspaceScreen';
export { NewWorkspaceDialog } from './NewWorkspaceDialog';
export { RecoveryDialog } from './RecoveryDialog';
