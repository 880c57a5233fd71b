import { useEffect, useId } from 'react';
import {
  actionItemsByDecision,
  countByKind,
  localDay,
  queryLog,
  unattachedActionItems,
} from '../../../../shared/domain/decisions';
import type { ActionItem, Workspace } from '../../../../shared/domain/workspace';
import { ActionItemsList } from './ActionItemsList';
import { AddActionItemForm } from './AddActionItemForm';
import { AddDecisionForm } from './AddDecisionForm';
import { DecisionRow } from './DecisionRow';
import { KindFilter } from './KindFilter';
import { decisionLogView, useDecisionLog } from './store';
import { UndoRemovalBar } from './UndoRemovalBar';
import './decisions.css';

const NO_ITEMS: ActionItem[] = [];

/**
 * The decision log: what the room decided, why, what it rejected, who disagreed, and
 * the action items that follow. Entries come from the board (commit, defer, drop) or are
 * added here; everything is edited in place. It is also what the QBR deck prints.
 */
export function DecisionLogView({ workspace, readOnly }: { workspace: Workspace; readOnly: boolean }) {
  const ownersListId = useId();
  const kind = useDecisionLog((s) => s.kind);
  const text = useDecisionLog((s) => s.text);
  const order = useDecisionLog((s) => s.order);
  const justAdded = useDecisionLog((s) => s.justAdded);
  useEffect(() => decisionLogView.showWorkspace(workspace.id), [workspace.id]);
  useEffect(() => {
    if (justAdded) decisionLogView.focusTaken();
  }, [justAdded]);
  const today = localDay(new Date());
  const shown = queryLog(workspace, { kind, text, order });
  const total = workspace.decisions.length;
  const loose = unattachedActionItems(workspace);
  const itemsOf = actionItemsByDecision(workspace);
  const filtered = kind !== 'all' || text.trim() !== '';

  return (
    <div className="decision-log">
      <section className="card log-toolbar" aria-labelledby="decision-log-title">
        <div className="log-title-row">
          <h2 id="decision-log-title">Decision log</h2>
          <span className="muted">
            {total} {total === 1 ? 'decision' : 'decisions'} · {workspace.actionItems.length} action{' '}
            {workspace.actionItems.length === 1 ? 'item' : 'items'}
          </span>
          {readOnly ? null : <AddDecisionForm />}
        </div>
        <div className="log-filters">
          <KindFilter
            counts={countByKind(workspace.decisions)}
            total={total}
            shown={kind}
            onShow={decisionLogView.showKind}
          />
          <input
            type="search"
            className="log-search"
            aria-label="Search the log"
            placeholder="Search what, why, owner, cards…"
            value={text}
            onChange={(e) => decisionLogView.search(e.target.value)}
          />
          <button type="button" className="button log-order" onClick={decisionLogView.toggleOrder}>
            {order === 'newest' ? 'Newest first' : 'Oldest first'} <span aria-hidden="true">⇅</span>
          </button>
        </div>
      </section>
      <UndoRemovalBar workspace={workspace} />
      {total === 0 ? (
        <p className="empty">
          No decisions yet. Committing, deferring or dropping a card on the board records one here, with its
          rationale{readOnly ? '.' : '; or write one with “Add decision”.'}
        </p>
      ) : shown.length === 0 ? (
        <p className="empty">
          No decision matches.{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              decisionLogView.showKind('all');
              decisionLogView.search('');
            }}
          >
            Show all
          </button>
        </p>
      ) : (
        <>
          {filtered ? (
            <p className="muted log-showing" role="status">
              Showing {shown.length} of {total}
            </p>
          ) : null}
          <div className="decision-list">
            {shown.map((d) => (
              <DecisionRow
                key={d.id}
                decision={d}
                decisions={workspace.decisions}
                actionItems={itemsOf.get(d.id) ?? NO_ITEMS}
                priorities={workspace.priorities}
                readOnly={readOnly}
                today={today}
                ownersListId={ownersListId}
                justAdded={justAdded === d.id}
              />
            ))}
          </div>
        </>
      )}
      <section className="card unattached-actions" aria-labelledby="unattached-title">
        <h2 id="unattached-title">Action items without a decision</h2>
        {loose.length === 0 ? <p className="muted">None.</p> : null}
        <ActionItemsList
          caption="Action items without a decision"
          items={loose}
          decisions={workspace.decisions}
          readOnly={readOnly}
          today={today}
          ownersListId={ownersListId}
        />
        {readOnly ? null : (
          <AddActionItemForm decisionId={null} purpose="without a decision" ownersListId={ownersListId} />
        )}
      </section>
      <datalist id={ownersListId}>
        {workspace.participants.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
    </div>
  );
}
