import './workspaces.css';
export { HomeScreen } from './HomeScreen';
export { NewWorkspaceDialog } from './NewWorkspaceDialog';
export { WorkspaceScreen, type WorkspaceTab } from './WorkspaceScreen';
export { useWindowTitle } from './useWindowTitle';
export { useWorkspaces, workspaceActions, resetWorkspacesStore } from './store';
export { RecoveryDialog } from './RecoveryDialog';
