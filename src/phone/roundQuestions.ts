import type { PhoneRoundAnswer, PhoneRoundQuestion } from '../shared/room/roomProtocol';
import { h } from './dom';
import { scaleQuestion } from './scaleQuestion';

/**
 * The questions a department round asks after the ranking (a translation check's
 * checkpoint questions), drawn below the order editor with the shared 1–5 question. The
 * answers are kept in the tab beside the ballot's draft, so a locked screen or a reconnect
 * finds them as they were; they go to the laptop with the order, in one message.
 */
export type AnswerDraft = Record<string, { score: number | null; comment: string }>;

const keyOf = (roundId: string, participantId: string) => `offsite.room.answers.${roundId}.${participantId}`;

export function loadAnswerDraft(roundId: string, participantId: string): AnswerDraft {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(keyOf(roundId, participantId)) ?? '{}');
    return typeof value === 'object' && value !== null ? (value as AnswerDraft) : {};
  } catch {
    return {};
  }
}

export function saveAnswerDraft(roundId: string, participantId: string, draft: AnswerDraft): void {
  try {
    sessionStorage.setItem(keyOf(roundId, participantId), JSON.stringify(draft));
  } catch {
    // Storage full or off: the answers live in the page until it is reloaded.
  }
}

/**
 * The answers as the reply carries them: only questions answered (a score or a comment),
 * in the round's order, a comment's line breaks made spaces (a reply is one line each).
 */
export function roundAnswersOf(
  questions: readonly PhoneRoundQuestion[],
  draft: AnswerDraft,
): PhoneRoundAnswer[] {
  return questions.flatMap((q) => {
    const score = draft[q.id]?.score ?? null;
    const comment = (draft[q.id]?.comment ?? '').replace(/\s+/g, ' ').trim();
    return score === null && comment === '' ? [] : [{ questionId: q.id, score, comment }];
  });
}

export function roundQuestionsSection(p: {
  questions: readonly PhoneRoundQuestion[];
  draft: AnswerDraft;
  choose: (questionId: string, score: number | null) => void;
  comment: (questionId: string, comment: string) => void;
}): HTMLElement {
  return h('section', { class: 'round-questions', attrs: { 'aria-label': 'Questions' } }, [
    h('h2', { class: 'round-questions-title', text: 'Then a few questions, 1 to 5' }),
    h('p', {
      class: 'round-questions-intro',
      text: 'Answer as your team sees it; skip any you cannot answer. They are sent with your order.',
    }),
    ...p.questions.map((question, index) =>
      scaleQuestion({
        question,
        index,
        score: p.draft[question.id]?.score ?? null,
        comment: p.draft[question.id]?.comment ?? '',
        choose: (score) => p.choose(question.id, score),
        editComment: (comment) => p.comment(question.id, comment),
      }),
    ),
  ]);
}
