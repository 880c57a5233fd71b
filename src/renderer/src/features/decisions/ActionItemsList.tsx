import type { ActionItem, Decision } from '../../../../shared/domain/workspace';
import { ActionItemRow } from './ActionItemRow';

type ActionItemsListProps = {
  /** Names the table for screen readers (“Action items for Launch in the EU”). */
  caption: string;
  items: readonly ActionItem[];
  decisions: readonly Decision[];
  readOnly: boolean;
  today: string;
  ownersListId: string;
};

/** Action items as a table: text, owner, due date, status and linked decision, each editable. */
export function ActionItemsList({
  caption,
  items,
  decisions,
  readOnly,
  today,
  ownersListId,
}: ActionItemsListProps) {
  if (items.length === 0) return null;
  return (
    <table className="action-items">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          <th scope="col">Decision</th>
          {readOnly ? null : (
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <ActionItemRow
            key={item.id}
            item={item}
            decisions={decisions}
            readOnly={readOnly}
            today={today}
            ownersListId={ownersListId}
          />
        ))}
      </tbody>
    </table>
  );
}
