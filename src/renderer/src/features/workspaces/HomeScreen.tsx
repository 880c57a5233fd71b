import { useState } from 'react';
import type { RecentEntry } from '../../../../shared/ipc/contract';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { templateActions } from '../templates';
import { RecentWorkspaceCard } from './RecentWorkspaceCard';
import { useWorkspaces, workspaceActions } from './store';

type Pending = { kind: 'rename' | 'trash'; entry: RecentEntry } | null;

export function HomeScreen() {
  const recents = useWorkspaces((s) => s.recents);
  const [pending, setPending] = useState<Pending>(null);
  const [newName, setNewName] = useState('');

  return (
    <main className="home">
      <header className="home-header">
        <div>
          <h1 className="brand">Offsite</h1>
          <p className="tagline">
            Rank together, decide trade-offs, leave aligned. Everything stays on this machine.
          </p>
        </div>
        <div className="home-buttons">
          <button
            type="button"
            className="button button-primary button-large"
            onClick={workspaceActions.openNewDialog}
          >
            New workspace
          </button>
          <button
            type="button"
            className="button button-large"
            onClick={() => void workspaceActions.openWithDialog()}
          >
            Open…
          </button>
          <button type="button" className="button button-large" onClick={templateActions.openScreen}>
            Templates
          </button>
        </div>
      </header>
      <section className="home-recents" aria-labelledby="recents-title">
        <h2 id="recents-title">Recent workspaces</h2>
        {recents.length === 0 ? (
          <p className="empty">
            No workspaces yet. Create one for your next offsite or QBR: it is a folder you own, saved as you
            work.
          </p>
        ) : (
          <ul className="recent-list">
            {recents.map((entry) => (
              <RecentWorkspaceCard
                key={entry.path}
                entry={entry}
                onOpen={() => void workspaceActions.openRecent(entry.path)}
                onRename={() => {
                  setNewName(entry.name);
                  setPending({ kind: 'rename', entry });
                }}
                onDuplicate={() => void workspaceActions.duplicate(entry.path)}
                onForget={() => void workspaceActions.removeRecent(entry.path)}
                onTrash={() => setPending({ kind: 'trash', entry })}
              />
            ))}
          </ul>
        )}
      </section>
      {pending?.kind === 'rename' ? (
        <Dialog
          title={`Rename “${pending.entry.name}”`}
          onClose={() => setPending(null)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setPending(null)}>
                Cancel
              </button>
              <button type="submit" form="rename-workspace" className="button button-primary">
                Rename
              </button>
            </>
          }
        >
          <form
            id="rename-workspace"
            onSubmit={(e) => {
              e.preventDefault();
              if (newName.trim().length === 0) return;
              void workspaceActions.rename(pending.entry.path, newName);
              setPending(null);
            }}
          >
            <Field label="New name" error={newName.trim().length === 0 ? 'A workspace needs a name.' : null}>
              {(id, describedBy) => (
                <input
                  id={id}
                  aria-describedby={describedBy}
                  value={newName}
                  maxLength={200}
                  onChange={(e) => setNewName(e.target.value)}
                />
              )}
            </Field>
          </form>
        </Dialog>
      ) : null}
      {pending?.kind === 'trash' ? (
        <Dialog
          title={`Move “${pending.entry.name}” to the trash?`}
          onClose={() => setPending(null)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setPending(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button-danger"
                onClick={() => {
                  void workspaceActions.trash(pending.entry.path);
                  setPending(null);
                }}
              >
                Move to trash
              </button>
            </>
          }
        >
          <p>
            The folder <code>{pending.entry.path}</code> goes to your system’s trash. You can restore it from
            there.
          </p>
        </Dialog>
      ) : null}
    </main>
  );
}
