import { CLOSE_MESSAGES, type CloseReason, type PhoneResults, type Seat } from '../shared/room/roomProtocol';
import { button, h } from './dom';

/** The screens around the ballot: the code, the list of names, a message, the end. */

const brand = () => h('p', { class: 'brand', text: 'Offsite · room vote' });

export function messageScreen(
  text: string,
  options: { title?: string; actions?: Array<HTMLElement | null> } = {},
): HTMLElement {
  return h('div', { class: 'screen', attrs: { 'data-screen': 'message' } }, [
    brand(),
    options.title ? h('h1', { text: options.title }) : null,
    h('p', { class: 'message', text, attrs: { role: options.title ? 'alert' : 'status' } }),
    ...(options.actions ?? []),
  ]);
}

export function codeScreen(options: {
  code?: string;
  error?: string;
  onCode: (code: string) => void;
}): HTMLElement {
  const input = h('input', {
    class: 'code-input',
    attrs: {
      id: 'code',
      name: 'code',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: '12',
      'aria-describedby': options.error ? 'code-error' : undefined,
    },
  });
  input.value = options.code ?? '';
  const form = h(
    'form',
    {
      class: 'code-form',
      on: {
        submit: (event) => {
          event.preventDefault();
          if (input.value.trim()) options.onCode(input.value.trim());
        },
      },
    },
    [
      h('label', { text: 'Room code', attrs: { for: 'code' } }),
      input,
      options.error
        ? h('p', {
            class: 'status status-problem',
            text: options.error,
            attrs: { id: 'code-error', role: 'alert' },
          })
        : null,
      h('button', { class: 'button button-primary', text: 'Join', attrs: { type: 'submit' } }),
    ],
  );
  return h('div', { class: 'screen', attrs: { 'data-screen': 'code' } }, [
    brand(),
    h('h1', { text: 'Join the vote' }),
    h('p', { text: 'Type the code shown on the screen in the room.' }),
    form,
  ]);
}

export function seatsScreen(
  seats: Array<Seat & { taken: boolean }>,
  onPick: (seat: Seat) => void,
): HTMLElement {
  return h('div', { class: 'screen', attrs: { 'data-screen': 'seats' } }, [
    brand(),
    h('h1', { text: 'Who are you?' }),
    h('p', { text: 'Pick your own name. Your vote is private: nobody else’s phone sees it.' }),
    h(
      'ul',
      { class: 'seat-list' },
      seats.map((seat) => {
        const b = button(seat.taken ? `${seat.name} — taken` : seat.name, () => onPick(seat), {
          class: `seat${seat.taken ? ' seat-taken' : ''}`,
          disabled: seat.taken,
        });
        return h('li', {}, [b]);
      }),
    ),
  ]);
}

/**
 * The link is over: what happened, in the room's words, and what to do now. At a reveal
 * the facilitator may have sent the results: then the phone lists the room's order.
 */
export function closedScreen(
  reason: CloseReason,
  results?: PhoneResults,
  subject: 'round' | 'checkpoint' = 'round',
): HTMLElement {
  const title = reason === 'revealed' ? 'The facilitator revealed the results' : 'The link was closed';
  const shown = reason === 'revealed' && subject === 'round' ? results : undefined;
  const said =
    reason === 'revealed' && subject === 'checkpoint'
      ? 'Answers have closed: the checkpoint has been revealed. Look at the screen.'
      : CLOSE_MESSAGES[reason];
  return h('div', { class: 'screen', attrs: { 'data-screen': 'closed' } }, [
    brand(),
    h('h1', { text: title }),
    h('p', {
      class: 'message',
      text: shown ? 'Voting has closed. The room’s result:' : said,
      attrs: { role: 'alert' },
    }),
    shown ? resultsList(shown) : null,
  ]);
}

function resultsList(results: PhoneResults): HTMLElement {
  return h('section', { class: 'results', attrs: { 'aria-label': 'Results' } }, [
    h('h2', { class: 'results-question', text: results.question, attrs: { dir: 'auto' } }),
    h(
      'ol',
      { class: 'results-places' },
      results.places.map(({ place, title }) =>
        h('li', {}, [
          h('span', { class: 'results-place', text: place }),
          h('span', { class: 'results-title', text: title, attrs: { dir: 'auto' } }),
        ]),
      ),
    ),
    h('p', { class: 'results-summary', text: results.summary }),
  ]);
}
