/**
 * The page's notes UI, shown only while something shows: the "Save note" button by a selection
 * (plain DOM in a closed shadow root; it holds no note text), or the editor or a saved note's card
 * in the notes frame, an extension page the page cannot read or hear keys from.
 */
import type { ContentScriptContext } from '#imports';
import type { NotesFrameMethods, NotesHostMethods } from '@/components/frame/protocol';
import { placeNear, type Placement } from '@/components/notes/placement';
import type { NoteDraftFields, NotesActions, NotesView } from '@/components/notes/view';
import type { Link } from '@/lib/frame/link';
import type { Result } from '@/lib/result';
import { HOST_RESET, mountFrame, mountHost, type FrameHost, type PageHost } from '../frame-host';
import { buildNoteButtons, NOTE_BUTTON_CSS } from './note-buttons';
import { NOTES_HOST } from './page-text';

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

/** Rough sizes to place a view before it has measured itself (the frame pads 8 px around it). */
const FIRST_SIZES = { editor: { width: 356, height: 356 }, card: { width: 336, height: 216 } } as const;
const FRAME_PADDING = 8;

function placementCss(place: Placement): string {
  const vertical =
    place.top !== undefined ? `top: ${place.top}px !important;` : `bottom: ${place.bottom}px !important;`;
  return `:host { left: ${place.left}px !important; ${vertical} }`;
}

async function unwrap<T>(reply: Promise<Result<T>>): Promise<T> {
  const result = await reply;
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Creates the UI; nothing is in the page until something shows. */
export function createNotesUi(ctx: ContentScriptContext, actions: NotesActions): NotesUi {
  let current: NotesView | null = null;
  let editorClosedAt = -Infinity;
  let buttons: PageHost | null = null;
  let frame: {
    host: FrameHost;
    link: Link<NotesFrameMethods> | null;
    size: { width: number; height: number };
  } | null = null;
  // What the reader has typed so far: a frame put back after a page removed it reloads empty.
  let draft: NoteDraftFields | null = null;

  ctx.onInvalidated(() => {
    removeButtons();
    removeFrame();
  });
  const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

  const placeFrame = () => {
    if (!frame || !current || current.kind === 'button') return;
    const inner = {
      width: frame.size.width - 2 * FRAME_PADDING,
      height: frame.size.height - 2 * FRAME_PADDING,
    };
    const place = placeNear(current.box, viewport(), inner);
    frame.host.setPlacement(
      placementCss({
        left: place.left - FRAME_PADDING,
        ...(place.top !== undefined
          ? { top: place.top - FRAME_PADDING }
          : { bottom: place.bottom! - FRAME_PADDING }),
      }),
    );
  };

  const sendView = () => {
    if (!frame?.link || !current || current.kind === 'button') return;
    const view = current.kind === 'editor' ? { ...current, draft } : current;
    void frame.link.call('show', { view, viewport: viewport() });
  };

  const removeButtons = () => {
    buttons?.remove();
    buttons = null;
  };
  const removeFrame = () => {
    frame?.host.remove();
    frame = null;
  };

  const showButtons = (view: Extract<NotesView, { kind: 'button' }>) => {
    removeFrame();
    removeButtons();
    const { element, size } = buildNoteButtons(view.orphanCount, actions.openEditor);
    const style = document.createElement('style');
    style.textContent = `${NOTE_BUTTON_CSS}\n${placementCss(placeNear(view.box, viewport(), size))}`;
    buttons = mountHost(NOTES_HOST, style, element);
  };

  const showFrame = () => {
    removeButtons();
    if (frame) {
      sendView();
      placeFrame();
      return;
    }
    const kind = current!.kind as 'editor' | 'card';
    const host = mountFrame<NotesHostMethods, NotesFrameMethods>(ctx, {
      name: NOTES_HOST,
      view: 'notes',
      css: `${HOST_RESET}\n:host { z-index: 2147483647 !important; }`,
      handlers: {
        size: (size) => {
          if (!frame) return null;
          frame.size = size;
          frame.host.resize(size.width, size.height);
          placeFrame();
          return null;
        },
        'open-editor': ({ mode }) => {
          actions.openEditor(mode);
          return null;
        },
        save: (input) => unwrap(actions.save(input)),
        attach: ({ noteId }) => unwrap(actions.attach(noteId)),
        draft: (fields) => {
          draft = fields;
          return null;
        },
        close: () => {
          actions.close();
          return null;
        },
      },
      onLink: (link) => {
        if (!frame) return;
        frame.link = link;
        sendView();
      },
    });
    frame = { host, link: null, size: FIRST_SIZES[kind] };
    host.resize(frame.size.width, frame.size.height);
    placeFrame();
  };

  return {
    get current() {
      return current;
    },
    get editorClosedAt() {
      return editorClosedAt;
    },
    async show(view) {
      if (ctx.isInvalid) return;
      if (view.kind !== 'editor' || current?.kind !== 'editor') draft = null;
      current = view;
      if (view.kind === 'button') showButtons(view);
      else showFrame();
    },
    hide() {
      if (current?.kind === 'editor') editorClosedAt = performance.now();
      current = null;
      draft = null;
      removeButtons();
      removeFrame();
    },
  };
}
