/** Mounting Preact trees into the test DOM, with effects flushed, and unmounting after each test. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
});

/** Renders `tree` into a fresh container in document.body and returns the container. */
export function mount(tree: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.appendChild(container);
  mounted.push(container);
  act(() => render(tree, container));
  return container;
}

/** Clicks an element with effects flushed. */
export function click(element: Element | null | undefined): void {
  if (!element) throw new Error('nothing to click');
  act(() => (element as HTMLElement).click());
}

/** Presses a key on an element with effects flushed. */
export function press(element: Element, key: string): void {
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

/** The visible text of an element, whitespace collapsed, for assertions a reader would make. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The button whose text contains `label`. */
export function buttonNamed(container: Element, label: string | RegExp): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((button) =>
    typeof label === 'string' ? textOf(button).includes(label) : label.test(textOf(button)),
  );
  if (!found) throw new Error(`no button named ${String(label)}`);
  return found;
}

/** The text of the <dd> in the `.bs-row` whose <dt> reads `label`. */
export function rowText(container: Element, label: string): string {
  const row = [...container.querySelectorAll('.bs-row')].find(
    (el) => textOf(el.querySelector('dt')) === label,
  );
  return textOf(row?.querySelector('dd'));
}
