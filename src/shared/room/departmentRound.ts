import { replyText, type TranslationCheck } from '../domain/translation';
import type { Workspace } from '../domain/workspace';
import type { PhoneRound, PhoneRoundAnswer, Seat } from './roomProtocol';

/**
 * A department round: the members of one department rank a translation check's
 * priorities on their phones, in the room or the office. Each seat is one of the
 * department's issued ballots; the seat's id is its place among them (`ballot-1`…), never
 * the ballot's token, which stays on the laptop as the respondent's own key. The laptop
 * counts a phone's order as that token's reply, as if it had come back as a reply file.
 */
export type DepartmentSeat = Seat & { token: string };

/** The department's ballots as seats: the respondent's name, or "Respondent n" on an anonymous check. */
export function departmentSeats(check: TranslationCheck, departmentId: string): DepartmentSeat[] {
  return check.ballots
    .filter((b) => b.departmentId === departmentId)
    .map((b, i) => ({
      participantId: `ballot-${i + 1}`,
      name: (b.respondent ?? `Respondent ${i + 1}`).slice(0, 200),
      token: b.token,
    }));
}

export type DepartmentRound = {
  round: PhoneRound;
  seats: DepartmentSeat[];
  /** The order already counted for a seat, as the phone's order editor shows it. */
  orders: Record<string, string[]>;
  /** The answers already counted for a seat (on a check that asks questions). */
  answers: Record<string, PhoneRoundAnswer[]>;
  department: string;
};

/**
 * What the phones of one department see: the check's question, its priorities by title and,
 * when the check asks them, its checkpoint questions by wording (nothing of the leadership's
 * order, or anyone else's reply or answers). Throws with a sentence for
 * the facilitator when there is nothing to rank or nobody to rank it.
 */
export function departmentRound(
  workspace: Workspace,
  checkId: string,
  departmentId: string,
): DepartmentRound {
  const check = workspace.translationChecks.find((c) => c.id === checkId);
  if (!check) throw new Error('That translation check is no longer there.');
  const department = workspace.cascade.departments.find((d) => d.id === departmentId);
  if (!department) throw new Error('That department is no longer in the cascade.');
  const seats = departmentSeats(check, departmentId);
  if (seats.length === 0) {
    throw new Error(
      check.anonymous
        ? `Make ballots for ${department.name} first: say how many people will answer.`
        : `Make ballots for ${department.name} first: name who will answer.`,
    );
  }
  const titles = new Map(workspace.priorities.map((p) => [p.id, p.title]));
  const items = check.itemIds
    .filter((id) => titles.has(id))
    .map((id) => ({ id, title: (titles.get(id) ?? '').slice(0, 200) }));
  const replies = new Map(check.replies.map((r) => [r.token, r]));
  const orders: Record<string, string[]> = {};
  const answers: Record<string, PhoneRoundAnswer[]> = {};
  for (const seat of seats) {
    const reply = replies.get(seat.token);
    if (!reply) continue;
    orders[seat.participantId] = reply.order;
    answers[seat.participantId] = reply.answers;
  }
  return {
    round: {
      id: check.id,
      question: check.question.slice(0, 300),
      method: 'order',
      items,
      budget: 0,
      dots: 0,
      ahpStrength: false,
      ...(check.questions.length > 0
        ? { questions: check.questions.map((q) => ({ id: q.id, wording: q.wording.slice(0, 200) })) }
        : {}),
    },
    seats,
    orders,
    answers,
    department: department.name,
  };
}

/**
 * A phone's order (and answers to the check's questions) as the reply file a ballot page
 * would write for that token (the same fields, the same checksum), so counting it follows
 * the reply file's rules exactly: one reply per token, a later one replaces the earlier,
 * the replacement is said, and answers to questions the check does not ask are refused.
 */
export function phoneReplyFile(
  workspace: Pick<Workspace, 'id'>,
  checkId: string,
  seat: DepartmentSeat,
  order: string[],
  now: Date,
  answers: readonly PhoneRoundAnswer[] = [],
): { name: string; text: string } {
  const text = replyText({
    workspaceId: workspace.id,
    roundId: checkId,
    token: seat.token,
    submittedAt: now.toISOString(),
    order,
    answers: answers.map(({ questionId, score, comment }) => ({ questionId, score, comment })),
  });
  return { name: `${seat.name} (phone)`, text };
}
