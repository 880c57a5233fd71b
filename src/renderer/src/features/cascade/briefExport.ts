import { departmentBrief } from '../../../../shared/domain/cascade';
import { localDay } from '../../../../shared/domain/calendarDay';
import { bridge, hasBridge } from '../../bridge';
import { useDocument } from '../../document';

export type BriefExportState =
  | { status: 'idle' }
  | { status: 'running'; department: string }
  | { status: 'done'; department: string; path: string; pages: number }
  | { status: 'failed'; department: string; message: string };

/**
 * A department's brief to PDF through the QBR deck's own export: main asks where to save
 * and prints the deck the request carries. The brief rides in the request's copy of the
 * workspace in place of the QBR deck; the workspace itself is not changed.
 */
export async function exportBrief(
  departmentId: string,
  report: (state: BriefExportState) => void,
): Promise<void> {
  const current = useDocument.getState().current;
  if (!current || !hasBridge()) return;
  const department = current.workspace.cascade.departments.find((d) => d.id === departmentId);
  if (!department) return;
  const api = bridge().deck;
  const day = localDay();
  const chosen = await api.chooseExportPath({ handle: current.handle, day, brief: department.name });
  if (!chosen.ok) return report({ status: 'failed', department: department.name, message: chosen.message });
  if (chosen.value === null) return; // the Save dialog was cancelled
  // The cascade as the window shows it now, unsaved edits included.
  const latest = useDocument.getState().current;
  if (latest?.handle !== current.handle) return;
  report({ status: 'running', department: department.name });
  const result = await api.exportPdf({
    handle: latest.handle,
    workspace: { ...latest.workspace, deck: departmentBrief(latest.workspace, departmentId) },
    day,
    path: chosen.value,
  });
  if (!result.ok) return report({ status: 'failed', department: department.name, message: result.message });
  report({ status: 'done', department: department.name, path: result.value.path, pages: result.value.pages });
}
