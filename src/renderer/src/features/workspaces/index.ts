import './workspaces.css';
export { HomeScreen } from './HomeScreen';
export type { WorkspaceTab } from './WorkspaceScreen';
export { useWindowTitle } from './useWindowTitle';
export { useWorkspaces, workspaceActions, resetWorkspacesStore, type HomeReplies } from './store';
