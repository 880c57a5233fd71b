import { describeWorkspaceIssue } from './issueMessages';
import { parseJsonSafely } from './safeJson';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import { CURRENT_SCHEMA_VERSION, Workspace, WorkspaceShape } from './schema';

export type WorkspaceDecodeError = {
  ok: false;
  code: 'CORRUPT' | 'INVALID' | 'TOO_NEW';
  message: string;
  /** The technical cause, for "Details" only. */
  details?: string;
  fromVersion?: number;
};
export type WorkspaceDecoded = {
  ok: true;
  workspace: Workspace;
  fromVersion: number;
  migrated: boolean;
  /** Set when a newer app wrote the file and only its known parts were read: show it read-only. */
  newerVersion?: number;
};

/**
 * Text of `workspace.json` → a validated, current-version workspace, or a reason a
 * person can act on. Order matters: safe JSON first, then the version gate, then the
 * migrations, then the strict schema.
 */
export function decodeWorkspace(
  text: string,
  migrations: readonly Migration[] = MIGRATIONS,
): WorkspaceDecoded | WorkspaceDecodeError {
  // Editors on Windows often start a UTF-8 file with a byte-order mark; JSON does not allow one.
  const json = parseJsonSafely(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) return { ok: false, code: 'CORRUPT', message: json.message, details: json.detail };
  const migrated = migrate(json.value, migrations);
  if (!migrated.ok && migrated.reason === 'too-new') {
    const known = readKnownParts(json.value);
    if (known)
      return {
        ok: true,
        workspace: known,
        fromVersion: CURRENT_SCHEMA_VERSION,
        migrated: false,
        newerVersion: migrated.fromVersion,
      };
  }
  if (!migrated.ok) {
    return migrated.reason === 'too-new'
      ? { ok: false, code: 'TOO_NEW', message: migrated.message, fromVersion: migrated.fromVersion }
      : { ok: false, code: 'INVALID', message: migrated.message };
  }
  const checked = Workspace.safeParse(migrated.doc);
  if (!checked.success) {
    const first = checked.error.issues[0];
    const problem = first ? describeWorkspaceIssue(first, migrated.doc) : 'unknown problem.';
    // The sentence stays plain and never quotes the file; which field failed, and how,
    // goes to Details for whoever helps the user.
    return {
      ok: false,
      code: 'INVALID',
      message: 'Part of it is not in the form Offsite saves workspaces in.',
      details: problem,
    };
  }
  return {
    ok: true,
    workspace: checked.data,
    fromVersion: migrated.fromVersion,
    migrated: migrated.migrated,
  };
}

/** Stable, human-diffable text: two-space indent and a final newline. */
export function encodeWorkspace(workspace: Workspace): string {
  return `${JSON.stringify(workspace, null, 2)}\n`;
}

/**
 * A file from a newer app: keep the fields this app knows and check them as usual. If
 * they still make a valid workspace, it can be shown read-only; if not, it cannot.
 */
function readKnownParts(raw: unknown): Workspace | null {
  if (raw === null || typeof raw !== 'object') return null;
  const source = raw as Record<string, unknown>;
  const known = Object.fromEntries(Object.keys(WorkspaceShape.shape).map((k) => [k, source[k]]));
  const checked = Workspace.safeParse({ ...known, schemaVersion: CURRENT_SCHEMA_VERSION });
  return checked.success ? checked.data : null;
}
