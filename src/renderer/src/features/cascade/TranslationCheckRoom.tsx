import type { Department } from '../../../../shared/domain/cascade';
import type { TranslationCheck } from '../../../../shared/domain/translation';
import type { Workspace } from '../../../../shared/domain/workspace';
import { departmentSeats } from '../../../../shared/room/departmentRound';
import { RoomLinkPanel, useRoom, type RoomTarget } from '../room';

/**
 * A department round: the department's members rank the check's priorities on their own
 * phones, in the room or the office, through the room link. The seats are the
 * department's issued ballots (by name, or "Respondent 1…n" with a seat card each on an
 * anonymous check); each phone's order is counted as its ballot's reply, exactly as a
 * reply file is, so the department's figures below move as the phones send.
 */
export function DepartmentRoomLink({
  workspace,
  check,
  department,
  onHide,
}: {
  workspace: Workspace;
  check: TranslationCheck;
  department: Department;
  onHide: () => void;
}) {
  const open = useRoom(
    (s) =>
      s.link?.kind === 'department' && s.link.roundId === check.id && s.link.departmentId === department.id,
  );
  const seats = departmentSeats(check, department.id);
  const replied = new Set(check.replies.map((r) => r.token));
  const target: RoomTarget = {
    kind: 'department',
    id: check.id,
    departmentId: department.id,
    title: check.question,
    done: new Set(seats.filter((s) => replied.has(s.token)).map((s) => s.participantId)),
  };
  return (
    <section className="translation-room" aria-label={`Room link for ${department.name}`}>
      <header className="translation-actions">
        <strong>{department.name} ranks by phone</strong>
        <span className="muted">
          · {seats.length} {seats.length === 1 ? 'ballot' : 'ballots'} as seats · a second ranking from a seat
          replaces its first
        </span>
        {open ? null : (
          <button type="button" className="button button-small button-ghost" onClick={onHide}>
            Hide
          </button>
        )}
      </header>
      <RoomLinkPanel
        workspace={workspace}
        readOnly={false}
        target={target}
        openLabel={`Open room link for ${department.name}`}
      />
    </section>
  );
}

/** The department whose link is open on this check, if any: its panel stays in view. */
export function useDepartmentLinkOf(checkId: string): string | null {
  return useRoom((s) =>
    s.link?.kind === 'department' && s.link.roundId === checkId ? (s.link.departmentId ?? null) : null,
  );
}
