/**
 * A few lines of DOM building instead of a framework: the page is small, and every byte
 * travels over the room's Wi-Fi to phones that may be old.
 */
type Child = Node | string | null | false | undefined;

export type Props = {
  class?: string;
  text?: string;
  attrs?: Record<string, string | undefined>;
  on?: { [E in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[E]) => void };
};

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  for (const child of children) {
    if (child === null || child === false || child === undefined) continue;
    element.append(child);
  }
  return element;
}

/** A button of at least 48 px, with `label` as its accessible name when the text is a symbol. */
export function button(
  text: string,
  onClick: () => void,
  options: { class?: string; label?: string; disabled?: boolean; testId?: string } = {},
): HTMLButtonElement {
  const b = h('button', {
    class: `button ${options.class ?? ''}`.trim(),
    text,
    attrs: { type: 'button', 'aria-label': options.label, 'data-testid': options.testId },
    on: { click: () => onClick() },
  });
  b.disabled = options.disabled ?? false;
  return b;
}

export function replaceContent(root: HTMLElement, ...nodes: Node[]): void {
  root.replaceChildren(...nodes);
}
