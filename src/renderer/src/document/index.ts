/** The open document, as every feature reaches it. */
export {
  useDocument,
  documentActions,
  enterDocument,
  resetDocument,
  type SaveStatus,
  type Notice,
  type Conflict,
} from './session';
export { conflictActions, RESTORED_NOTICE_MS } from './conflictActions';
export { Autosaver, type AutosaveOptions, DEFAULT_AUTOSAVE } from './autosave';
export { setCloseGate, type CloseAnswer } from './closeGate';
export { documentReady } from './workspaceCheck';
