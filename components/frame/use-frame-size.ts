/** Reports a frame's content size to the content script, which sizes the iframe to fit it. */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import type { FrameSize } from './protocol';

/** Calls `report` with the element's size now and whenever it changes. */
export function useFrameSize(
  element: RefObject<HTMLElement | null>,
  report: (size: FrameSize) => void,
): void {
  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    let last = '';
    const send = () => {
      const box = node.getBoundingClientRect();
      const size = { width: Math.ceil(box.width), height: Math.ceil(box.height) };
      const key = `${size.width}x${size.height}`;
      if (key === last) return;
      last = key;
      report(size);
    };
    const observer = new ResizeObserver(send);
    observer.observe(node);
    send();
    return () => observer.disconnect();
  }, [element.current]);
}

/** Lays the frame out against the page's viewport (its own viewport is only the iframe's box). */
export function applyPageViewport(root: HTMLElement, viewport: FrameSize): void {
  root.style.setProperty('--bs-page-width', `${viewport.width}px`);
  root.style.setProperty('--bs-page-height', `${viewport.height}px`);
}
