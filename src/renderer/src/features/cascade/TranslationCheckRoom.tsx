import { useState } from 'react';
import type { Department } from '../../../../shared/domain/cascade';
import type { TranslationCheck } from '../../../../shared/domain/translation';
import type { Workspace } from '../../../../shared/domain/workspace';
import { departmentSeats } from '../../../../shared/room/departmentRound';
import { hasBridge } from '../../bridge';
import { RoomLinkPanel, useRoom, type RoomTarget } from '../room';
import { makeRoomBallots } from './TranslationCheckFiles';

/**
 * A department round: the department's members rank the check's priorities on their own
 * phones, in the room or the office, through the room link. The seats are the
 * department's issued ballots (by name, or "Respondent 1…n" with a seat card each on an
 * anonymous check); each phone's order is counted as its ballot's reply, exactly as a
 * reply file is, so the department's numbers below move as the phones send.
 */
export function DepartmentRoomLink({
  workspace,
  check,
  department,
  respondents,
  count,
}: {
  workspace: Workspace;
  check: TranslationCheck;
  department: Department;
  /** What the ballot-file form holds: the ballots to make when there are none yet. */
  respondents: string[];
  count: number;
}) {
  const linkHere = useRoom(
    (s) =>
      s.link?.kind === 'department' && s.link.roundId === check.id && s.link.departmentId === department.id,
  );
  const [shown, setShown] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!hasBridge()) return null;
  const seats = departmentSeats(check, department.id);
  const replied = new Set(check.replies.map((r) => r.token));
  const target: RoomTarget = {
    kind: 'department',
    id: check.id,
    departmentId: department.id,
    title: check.question,
    done: new Set(seats.filter((s) => replied.has(s.token)).map((s) => s.participantId)),
  };
  if (!shown && !linkHere) {
    return (
      <button
        type="button"
        className="button button-small"
        onClick={() => setShown(true)}
        aria-label={`Rank by phone: ${department.name}`}
      >
        Rank by phone…
      </button>
    );
  }
  return (
    <div className="translation-room" aria-label={`Room link for ${department.name}`}>
      {seats.length === 0 ? (
        <p>
          Phones take the department’s ballots as seats.{' '}
          <button
            type="button"
            className="button button-small"
            onClick={() =>
              setProblem(
                makeRoomBallots({ checkId: check.id, departmentId: department.id, respondents, count }),
              )
            }
          >
            {check.anonymous
              ? `Make ${count} ballot${count === 1 ? '' : 's'} for the room`
              : 'Make ballots for the names above'}
          </button>
        </p>
      ) : (
        <RoomLinkPanel
          workspace={workspace}
          readOnly={false}
          target={target}
          openLabel={`Open room link for ${department.name}`}
        />
      )}
      {problem ? (
        <p className="translation-outcome is-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
