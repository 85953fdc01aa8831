/**
 * The page's notes UI in a closed shadow root of its own, `<backstory-notes>`, mounted only while
 * something shows (the button, the editor or a note) and removed otherwise. Note text and the
 * editor live only inside the shadow root; the page sees an empty element.
 */
import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { NotesLayer } from '@/components/notes/NotesLayer';
import notesCss from '@/components/notes/notes-ui.css?inline';
import type { NotesActions, NotesView } from '@/components/notes/view';
import { keepAttached } from '../overlay';
import { NOTES_HOST } from './page-text';

/**
 * Events stopped at the shadow root. Keys (WXT's default) and also input, composition and
 * clipboard events, which carry the typed text (`InputEvent.data`) to the page's listeners.
 */
export const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'copy',
  'cut',
  'paste',
];

/** The mounted-on-demand UI. */
export interface NotesUi {
  /** What shows now, or null. */
  readonly current: NotesView | null;
  /** When the editor last closed (`performance.now()`), or -Infinity. */
  readonly editorClosedAt: number;
  /** Shows a view, mounting the host if needed. */
  show(view: NotesView): Promise<void>;
  /** Removes the host from the page. */
  hide(): void;
}

/** Creates the UI; the shadow root is built the first time something shows. */
export function createNotesUi(ctx: ContentScriptContext, actions: NotesActions): NotesUi {
  let ui: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let built: ShadowRootContentScriptUi<void> | null = null;
  let container: HTMLElement | null = null;
  let mounted = false;
  // While something shows (the editor above all), a page that removes the host gets it put back,
  // so a note being typed is not thrown away (see keepAttached in ../overlay.tsx).
  let attached: { stop(): void } | null = null;
  ctx.onInvalidated(() => attached?.stop());
  let current: NotesView | null = null;
  let editorClosedAt = -Infinity;

  const draw = () => {
    if (!container || !current) return;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    render(<NotesLayer view={current} viewport={viewport} actions={actions} />, container);
  };
  const build = () =>
    createShadowRootUi<void>(ctx, {
      name: NOTES_HOST,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      mode: 'closed',
      isolateEvents: ISOLATED_EVENTS,
      css: notesCss,
      onMount(uiContainer) {
        container = uiContainer;
      },
      onRemove() {
        if (container) render(null, container);
      },
    });

  return {
    get current() {
      return current;
    },
    get editorClosedAt() {
      return editorClosedAt;
    },
    async show(view) {
      current = view;
      built = await (ui ??= build());
      if (current !== view || ctx.isInvalid) return; // hidden or replaced while the root was built
      if (!mounted) {
        built.mount();
        mounted = true;
        attached = keepAttached(built.shadowHost);
      }
      draw();
    },
    hide() {
      if (current?.kind === 'editor') editorClosedAt = performance.now();
      current = null;
      if (!mounted || !built) return;
      mounted = false;
      attached?.stop();
      attached = null;
      built.remove();
    },
  };
}
