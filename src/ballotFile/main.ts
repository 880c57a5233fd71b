import './ballotFile.css';
import { BallotFileData, replyFileName } from '../shared/domain/translation/ballotFileData';
import { replyText } from '../shared/domain/translation/replyFile';
import { orderEditor, orderIds } from '../phone/ballots/orderEditor';
import { button, h, replaceContent } from '../phone/dom';
import { scaleQuestion } from '../phone/scaleQuestion';
import type { ReplyAnswer } from '../shared/domain/translation/replyFile';

/**
 * A ballot file: one respondent ranks the committed priorities, offline, in any browser,
 * opened from the file itself. The file carries its own data (a JSON block the app wrote
 * in); the page never reaches the network (the file's CSP forbids it), and the reply is a
 * small file the respondent saves and sends back, with the file's token and a checksum.
 * The same order editor as the room link's phone page: ↑/↓ on each row, or drag.
 */

const app = document.getElementById('app')!;

function readData(): BallotFileData | null {
  const block = document.getElementById('ballot-data');
  try {
    const parsed = BallotFileData.safeParse(JSON.parse(block?.textContent ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const data = readData();
if (!data) {
  replaceContent(
    app,
    h('p', {
      class: 'message',
      attrs: { role: 'alert' },
      text: 'This ballot file is damaged. Ask the person who sent it for a new one.',
    }),
  );
} else {
  start(data);
}

function start(ballot: BallotFileData): void {
  const round = {
    id: ballot.roundId,
    question: ballot.question,
    method: 'order' as const,
    items: ballot.items.map(({ id, title }) => ({ id, title })),
    budget: 100,
    dots: 3,
    ahpStrength: false,
  };
  let draft = { kind: 'order' as const, tiers: ballot.items.map((i) => [i.id]) };
  let reply: string | null = null;
  const answers = new Map<string, { score: number | null; comment: string }>();
  const answer = (id: string) => answers.get(id) ?? { score: null, comment: '' };
  const questionFields = () =>
    ballot.questions.map((question, index) =>
      scaleQuestion({
        question,
        index,
        ...answer(question.id),
        choose: (score) => {
          answers.set(question.id, { ...answer(question.id), score });
          reply = null;
          render();
        },
        editComment: (comment) => {
          answers.set(question.id, { ...answer(question.id), comment });
          reply = null;
        },
      }),
    );
  // Only what was answered goes in the reply; a comment's line breaks become spaces.
  const answered = (): ReplyAnswer[] =>
    ballot.questions.flatMap((q) => {
      const { score, comment } = answer(q.id);
      const text = comment.replace(/\s+/g, ' ').trim();
      return score === null && text === '' ? [] : [{ questionId: q.id, score, comment: text }];
    });

  const render = () => {
    // A redraw keeps the keyboard where it was (the button just pressed).
    const focused = document.activeElement?.getAttribute('aria-label') ?? null;
    draw();
    const again = focused
      ? [...document.querySelectorAll('[aria-label]')].find((e) => e.getAttribute('aria-label') === focused)
      : null;
    if (again instanceof HTMLElement) again.focus();
  };
  const draw = () => {
    const editor = orderEditor({
      round,
      draft,
      change: (next) => {
        if (next.kind !== 'order') return;
        draft = next;
        reply = null;
        render();
      },
    });
    const save = button('Save my reply', () => {
      reply = replyText({
        workspaceId: ballot.workspaceId,
        roundId: ballot.roundId,
        token: ballot.token,
        submittedAt: new Date().toISOString(),
        order: orderIds(draft),
        answers: answered(),
      });
      download(reply, replyFileName(ballot));
      render();
    });
    replaceContent(
      app,
      h('div', { class: 'screen', attrs: { 'data-screen': 'ballot-file' } }, [
        h('p', { class: 'brand', text: `Offsite · ${ballot.organisation} · ${ballot.department}` }),
        h('h1', { text: ballot.question, attrs: { dir: 'auto' } }),
        h('p', {
          class: 'file-intro',
          text: `${ballot.respondent ? `For ${ballot.respondent}. ` : 'Anonymous ballot. '}Put the priorities in the order you would work on them, most important first. Nobody’s answers are shown here, and this page never goes online.`,
        }),
        editor,
        ballot.questions.length > 0
          ? h('section', { class: 'file-questions', attrs: { 'aria-label': 'Questions' } }, [
              h('h2', { text: 'Then a few questions, 1 to 5' }),
              h('p', {
                class: 'file-intro',
                text: 'Answer as your team sees it; skip any you cannot answer. A comment is optional.',
              }),
              ...questionFields(),
            ])
          : null,
        h('div', { class: 'reply-actions' }, [save]),
        reply ? replyDone(reply, replyFileName(ballot)) : null,
      ]),
    );
  };
  render();
}

function replyDone(text: string, name: string): HTMLElement {
  const area = h('textarea', { class: 'reply-text', attrs: { readonly: '', 'aria-label': 'Your reply' } });
  area.value = text;
  return h('section', { attrs: { 'aria-label': 'Your reply is ready' } }, [
    h('p', {
      class: 'message',
      attrs: { role: 'status' },
      text: `Saved as “${name}” in your downloads. Send that file back to the facilitator. You can change your order and save again: the newer reply replaces the older.`,
    }),
    h('p', { text: 'If the file did not save, copy the text below into a file or an email instead.' }),
    area,
  ]);
}

/** A download made in the page itself: no server, no network, works from file://. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
