import { removeDecision, updateDecision } from '../../../../shared/domain/board';
import type { ActionItem, Decision, Priority } from '../../../../shared/domain/workspace';
import { ActionItemsList } from './ActionItemsList';
import { AddActionItemForm } from './AddActionItemForm';
import { EditableText } from './EditableText';
import { KindBadge } from './KindBadge';
import { KindSelect } from './KindSelect';
import { LinkedCards } from './LinkedCards';
import { KIND_INFO, readableDay } from './labels';
import { removeWithUndo, tryEdit } from './logEdits';

type DecisionRowProps = {
  decision: Decision;
  decisions: readonly Decision[];
  actionItems: readonly ActionItem[];
  priorities: readonly Priority[];
  readOnly: boolean;
  today: string;
  ownersListId: string;
  /** Just added by hand: the cursor goes to “Why”, the next thing to write. */
  justAdded: boolean;
};

/** One entry of the log, every field edited where it is shown. */
export function DecisionRow({
  decision: d,
  decisions,
  actionItems,
  priorities,
  readOnly,
  today,
  ownersListId,
  justAdded,
}: DecisionRowProps) {
  const change = (c: Partial<Omit<Decision, 'id'>>) => tryEdit((w) => updateDecision(w, d.id, c));
  const kindLabel = KIND_INFO[d.kind].label;
  const linkedCards = (
    <LinkedCards
      linkedIds={d.priorityIds}
      priorities={priorities}
      readOnly={readOnly}
      onChange={(priorityIds) => change({ priorityIds })}
    />
  );
  return (
    <article
      className={`decision decision-${d.kind}`}
      aria-label={`${kindLabel}: ${d.what}`}
      data-testid="decision"
    >
      <header className="decision-head">
        {readOnly ? (
          <KindBadge kind={d.kind} />
        ) : (
          <KindSelect kind={d.kind} onChange={(kind) => change({ kind })} />
        )}
        <EditableText
          label="What was decided"
          hideLabel
          className="decision-what"
          value={d.what}
          readOnly={readOnly}
          maxLength={300}
          onCommit={(what) => change({ what })}
        />
        <EditableText
          label="Owner"
          className="decision-owner"
          value={d.owner}
          readOnly={readOnly}
          maxLength={120}
          placeholder="Who owns it?"
          list={ownersListId}
          onCommit={(owner) => change({ owner })}
        />
        <EditableText
          label="Date"
          type="date"
          className="decision-date"
          value={d.date}
          readOnly={readOnly}
          display={readableDay}
          onCommit={(date) => (date === '' ? 'A decision needs a date.' : change({ date }))}
        />
        {readOnly ? null : (
          <button
            type="button"
            className="button button-small button-ghost button-danger decision-delete"
            aria-label={`Delete decision “${d.what}”`}
            onClick={() => removeWithUndo('decision', d.what, (w) => removeDecision(w, d.id))}
          >
            Delete
          </button>
        )}
      </header>
      <div className="decision-texts">
        <EditableText
          label="Why"
          multiline
          value={d.why}
          readOnly={readOnly}
          maxLength={4000}
          placeholder="The rationale, in a line or two"
          autoFocus={justAdded}
          onCommit={(why) => change({ why })}
        />
        <EditableText
          label="Alternatives rejected"
          multiline
          value={d.alternatives}
          readOnly={readOnly}
          maxLength={4000}
          placeholder="What else was on the table"
          onCommit={(alternatives) => change({ alternatives })}
        />
        <EditableText
          label="Dissent"
          multiline
          value={d.dissent}
          readOnly={readOnly}
          maxLength={4000}
          placeholder="Who disagreed, and why"
          onCommit={(dissent) => change({ dissent })}
        />
      </div>
      {actionItems.length === 0 ? null : linkedCards}
      {/* One element in one place either way, so the open “Add action item” form stays open
          (and keeps the focus) when the first item appears above it. */}
      <section
        className={actionItems.length === 0 ? 'decision-foot' : 'decision-actions'}
        aria-label={actionItems.length === 0 ? undefined : `Action items for ${d.what}`}
      >
        {actionItems.length === 0 ? (
          // Nothing to list yet: the cards and “Add action item” share one line, to keep the log short.
          linkedCards
        ) : (
          <ActionItemsList
            caption={`Action items for ${d.what}`}
            items={actionItems}
            decisions={decisions}
            readOnly={readOnly}
            today={today}
            ownersListId={ownersListId}
          />
        )}
        {readOnly ? null : (
          <AddActionItemForm decisionId={d.id} purpose={`for ${d.what}`} ownersListId={ownersListId} />
        )}
      </section>
    </article>
  );
}
