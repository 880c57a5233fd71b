import { createPortal } from 'react-dom';
import type { Workspace } from '../../../../shared/domain/workspace';
import { NewSupportForm } from './NewSupportForm';
import { SupportScreen } from './SupportScreen';
import { supportView, useSupportView } from './store';

/**
 * The department support matrices under the Ranking tab's round list: each one, and "New
 * support matrix". A check (and the form for a new one) takes the whole window, so the
 * private rating screen shows nothing else and the heatmap reads from the back of the room.
 */
export function SupportSection({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const openId = useSupportView((s) => s.openId);
  const creating = useSupportView((s) => s.creating);
  const shown = workspace.supportChecks.find((c) => c.id === openId) ?? null;

  return (
    <section className="check-section" aria-label="Support matrices">
      <h2>Support matrices</h2>
      {workspace.supportChecks.length > 0 ? (
        <ol>
          {workspace.supportChecks.map((c) => (
            <li key={c.id}>
              <button type="button" className="round-link" onClick={() => supportView.open(c.id)}>
                <span>{c.title}</span>
                <span className="muted small">
                  {c.departments.length} departments ·{' '}
                  {c.status === 'open' ? `${c.answeredBy.length} rated` : 'revealed'}
                </span>
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">
          Does each department get the support it needs from the others? Each executive rates it in private, 1
          to 5.
        </p>
      )}
      {readOnly ? null : (
        <button type="button" className="button" onClick={supportView.create}>
          New support matrix
        </button>
      )}
      {/* Outside the round list's navigation: the screen is a page of its own, not a list entry. */}
      {creating && !readOnly ? createPortal(<NewSupportForm workspace={workspace} />, document.body) : null}
      {shown
        ? createPortal(
            <SupportScreen workspace={workspace} check={shown} readOnly={readOnly} />,
            document.body,
          )
        : null}
    </section>
  );
}
