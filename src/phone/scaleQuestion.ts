import { SCALE_WORDS } from '../shared/domain/alignment/checkpoint';
import { button, h } from './dom';

/**
 * One 1–5 question as a phone or a ballot file asks it: five large buttons (pressing the
 * chosen one again clears it), the words at the ends, and an optional comment. Stateless:
 * the caller keeps the answer and draws the question again when it changes.
 */
export type ScaleQuestionProps = {
  question: { id: string; wording: string };
  index: number;
  score: number | null;
  comment: string;
  choose: (score: number | null) => void;
  /** Called on every keystroke; the caller need not redraw (the field keeps its own text). */
  editComment: (comment: string) => void;
};

export function scaleQuestion(p: ScaleQuestionProps): HTMLElement {
  const commentId = `comment-${p.index}`;
  const comment = h('textarea', {
    class: 'checkpoint-comment',
    attrs: { id: commentId, rows: '2', maxlength: '500', 'aria-label': `Comment on question ${p.index + 1}` },
    on: { input: (e) => p.editComment((e.target as HTMLTextAreaElement).value) },
  });
  comment.value = p.comment;
  return h('fieldset', { class: 'checkpoint-question', attrs: { 'data-question': p.question.id } }, [
    h('legend', { text: `${p.index + 1}. ${p.question.wording}`, attrs: { dir: 'auto' } }),
    h(
      'div',
      { class: 'scale-row', attrs: { role: 'group', 'aria-label': `Score for question ${p.index + 1}` } },
      SCALE_WORDS.map((word, i) => {
        const score = i + 1;
        const on = p.score === score;
        const b = button(String(score), () => p.choose(on ? null : score), {
          class: `scale-button${on ? ' scale-on' : ''}`,
          label: `${score} ${word} — question ${p.index + 1}`,
        });
        b.setAttribute('aria-pressed', String(on));
        return b;
      }),
    ),
    h('p', { class: 'scale-ends', attrs: { 'aria-hidden': 'true' } }, [
      h('span', { text: `1 ${SCALE_WORDS[0]}` }),
      h('span', { text: `5 ${SCALE_WORDS[4]}` }),
    ]),
    h('label', { class: 'comment-label', text: 'Comment (optional)', attrs: { for: commentId } }),
    comment,
  ]);
}
