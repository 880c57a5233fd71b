import { act } from '@testing-library/react';
import {
  addParticipant,
  createWorkspace,
  Workspace,
  type NewWorkspaceInput,
  type ParticipantDraft,
} from '../../src/shared/domain/workspace';
import { buildApi } from '../../src/shared/ipc/api';
import { CHANNEL_NAMES, type Channel } from '../../src/shared/ipc/channels';
import type { AppInfo, OpenedWorkspace, RecentEntry, RequestOf } from '../../src/shared/ipc/contract';
import { err, ok, type ErrorCode, type Result } from '../../src/shared/ipc/result';

/**
 * An in-memory stand-in for the main process, behind the very `buildApi` the preload
 * uses. It keeps workspaces in a map, answers with the same Result shapes as the real
 * handlers, records every call, and lets a test inject failures, hold a channel's
 * answer back, or send a menu command.
 */
export type Call = { channel: Channel; request: unknown; at: number };

type StoredWorkspace = {
  workspace: Workspace;
  lastOpenedAt: string;
  missing: boolean;
  readOnlyReason: string | null;
};

export type SeedOptions = Partial<NewWorkspaceInput> & {
  participants?: ParticipantDraft[];
  lastOpenedAt?: string;
  /** The folder is gone: listed, but cannot be opened. */
  missing?: boolean;
  /** Opens read-only, with this reason in the banner. */
  readOnlyReason?: string;
};

/** The channels this fake answers; any other channel gets an INTERNAL error Result. */
type FakedChannel =
  | 'app:getInfo'
  | 'workspace:listRecent'
  | 'workspace:pickFolder'
  | 'workspace:create'
  | 'workspace:open'
  | 'workspace:pickWorkspace'
  | 'workspace:save'
  | 'workspace:rename'
  | 'workspace:duplicate'
  | 'workspace:close'
  | 'workspace:removeRecent'
  | 'workspace:trash';

export const APP_INFO: AppInfo = {
  version: '0.1.0-test',
  platform: 'linux',
  defaultWorkspaceParent: '/home/ada/Documents/Offsite',
};

export type FakeMain = ReturnType<typeof installFakeApi>;

export function installFakeApi() {
  const stored = new Map<string, StoredWorkspace>();
  const recents: string[] = []; // paths, most recent first
  const handles = new Map<string, string>(); // handle -> path
  const calls: Call[] = [];
  const failures = new Map<Channel, Array<{ code: ErrorCode; message: string }>>();
  const holds = new Map<Channel, Promise<void>>();
  const menuListeners = new Set<(id: string) => void>();
  let nextId = 1;
  let pickedFolder: string | null = null;
  let dialogFolder: string | null = null;
  const newId = (prefix: string) => `${prefix}-${nextId++}`;
  const now = () => new Date().toISOString();

  const entryOf = (path: string): RecentEntry => {
    const { workspace: w, lastOpenedAt, missing } = stored.get(path)!;
    return {
      path,
      name: w.name,
      kind: w.kind,
      period: w.period,
      organisation: w.organisation,
      lastOpenedAt,
      missing,
    };
  };
  const remember = (path: string) => {
    const at = recents.indexOf(path);
    if (at >= 0) recents.splice(at, 1);
    recents.unshift(path);
    stored.get(path)!.lastOpenedAt = now();
  };
  const openPath = (path: string): Result<OpenedWorkspace> => {
    const entry = stored.get(path);
    if (!entry || entry.missing) return err('NOT_FOUND', `There is no workspace at ${path}.`);
    remember(path);
    const handle = newId('handle');
    handles.set(handle, path);
    const readOnly = entry.readOnlyReason !== null;
    return ok({
      handle,
      path,
      workspace: structuredClone(entry.workspace),
      readOnly,
      ...(readOnly ? { readOnlyReason: entry.readOnlyReason! } : {}),
    });
  };
  const found = (path: string) => stored.has(path) && !stored.get(path)!.missing;
  const isOpen = (path: string) => [...handles.values()].includes(path);

  const handlers: { [C in FakedChannel]: (request: RequestOf<C>) => Result<unknown> } = {
    'app:getInfo': () => ok(APP_INFO),
    'workspace:listRecent': () => ok(recents.map(entryOf)),
    'workspace:pickFolder': () => ok(pickedFolder),
    'workspace:create': ({ input, parentDir }) => {
      const path = `${parentDir}/${input.name.trim()}`;
      if (stored.has(path)) return err('EXISTS', `A folder named “${input.name}” already exists.`);
      const workspace = createWorkspace(input, newId('ws'), new Date());
      stored.set(path, { workspace, lastOpenedAt: now(), missing: false, readOnlyReason: null });
      return openPath(path);
    },
    'workspace:open': ({ path }) => openPath(path),
    'workspace:pickWorkspace': () => ok(dialogFolder),
    'workspace:save': ({ handle, workspace }) => {
      const path = handles.get(handle);
      if (path === undefined) return err('UNKNOWN_HANDLE', 'This workspace is no longer open.');
      const entry = stored.get(path)!;
      if (entry.readOnlyReason !== null) return err('READ_ONLY', 'This workspace is open read-only.');
      // Main validates every payload against the shared schema; so does the fake.
      const checked = Workspace.safeParse(workspace);
      if (!checked.success) return err('BAD_REQUEST', checked.error.issues[0]!.message);
      const savedAt = now();
      entry.workspace = { ...checked.data, updatedAt: savedAt };
      return ok({ savedAt });
    },
    'workspace:rename': ({ path, name }) => {
      if (!found(path)) return err('NOT_FOUND', `There is no workspace at ${path}.`);
      if (isOpen(path)) return err('IN_USE', 'Close the workspace before you rename it.');
      const entry = stored.get(path)!;
      entry.workspace = { ...entry.workspace, name: name.trim() };
      return ok(entryOf(path));
    },
    'workspace:duplicate': ({ path }) => {
      if (!found(path)) return err('NOT_FOUND', `There is no workspace at ${path}.`);
      const copy = `${path} (copy)`;
      const source = stored.get(path)!.workspace;
      const workspace = { ...source, id: newId('ws'), name: `${source.name} (copy)` };
      stored.set(copy, { workspace, lastOpenedAt: now(), missing: false, readOnlyReason: null });
      remember(copy);
      return ok(entryOf(copy));
    },
    'workspace:close': ({ handle }) => {
      handles.delete(handle);
      return ok(null);
    },
    'workspace:removeRecent': ({ path }) => {
      const at = recents.indexOf(path);
      if (at >= 0) recents.splice(at, 1);
      return ok(null);
    },
    'workspace:trash': ({ path }) => {
      if (!found(path)) return err('NOT_FOUND', `There is no workspace at ${path}.`);
      if (isOpen(path)) return err('IN_USE', 'Close the workspace before you move it to the trash.');
      stored.delete(path);
      recents.splice(recents.indexOf(path), 1);
      return ok(null);
    },
  };

  const invoke = async (channel: string, request: unknown): Promise<unknown> => {
    const name = channel as Channel;
    const copy: unknown = structuredClone(request); // what crosses IPC is a copy
    calls.push({ channel: name, request: copy, at: Date.now() });
    await holds.get(name);
    const failure = failures.get(name)?.shift();
    if (failure) return err(failure.code, failure.message);
    if (!(name in handlers)) return err('INTERNAL', `The fake main process does not answer ${name}.`);
    const handler = handlers[name as FakedChannel] as (request: unknown) => Result<unknown>;
    return structuredClone(handler(copy));
  };
  const subscribe = (listener: (id: string) => void) => {
    menuListeners.add(listener);
    return () => menuListeners.delete(listener);
  };
  window.api = buildApi(CHANNEL_NAMES, invoke, subscribe);

  return {
    calls,
    /** The requests sent on one channel, in order. */
    requestsTo<C extends Channel>(channel: C): RequestOf<C>[] {
      return calls.filter((c) => c.channel === channel).map((c) => c.request as RequestOf<C>);
    },
    channels: (): Channel[] => calls.map((c) => c.channel),
    /** When (Date.now(), fake or real) each call on `channel` was made. */
    timesOf: (channel: Channel): number[] => calls.filter((c) => c.channel === channel).map((c) => c.at),
    /** Adds a workspace to the "disk" and the recents list; returns its path. */
    seed(options: SeedOptions = {}): string {
      const { participants = [], missing = false, readOnlyReason = null, ...rest } = options;
      const input: NewWorkspaceInput = {
        name: 'Q1 2027 Leadership Offsite',
        kind: 'offsite',
        period: '2027-Q1',
        organisation: 'Acme Corp',
        ...rest,
      };
      let workspace = createWorkspace(input, newId('ws'), new Date('2026-11-02T09:00:00Z'));
      for (const draft of participants) workspace = addParticipant(workspace, draft, newId('person'));
      const path = `${APP_INFO.defaultWorkspaceParent}/${input.name}`;
      stored.set(path, { workspace, lastOpenedAt: options.lastOpenedAt ?? now(), missing, readOnlyReason });
      recents.push(path);
      return path;
    },
    /** The workspace as last written to the "disk". */
    onDisk: (path: string): Workspace | undefined => stored.get(path)?.workspace,
    /** The next call on `channel` answers `{ok:false, code, message}`. */
    failNext(channel: Channel, code: ErrorCode, message: string): void {
      failures.set(channel, [...(failures.get(channel) ?? []), { code, message }]);
    },
    /** Calls on `channel` wait until the returned function is called. */
    hold(channel: Channel): () => void {
      let release!: () => void;
      holds.set(channel, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        holds.delete(channel);
        release();
      };
    },
    /** What the native folder picker returns (null: the user cancelled). */
    pickFolderReturns(path: string | null): void {
      pickedFolder = path;
    },
    /** What the native "Open workspace" dialog picks (null: the user cancelled). */
    openDialogPicks(path: string | null): void {
      dialogFolder = path;
    },
    /** main → renderer: a menu item was chosen. */
    emitMenuCommand(actionId: string): void {
      act(() => menuListeners.forEach((listener) => listener(actionId)));
    },
    openHandles: (): string[] => [...handles.keys()],
  };
}
