/**
 * The note editor and saved notes' cards inside their extension-page frame. What the reader types
 * stays in this frame until saved; the content script adds the selection's selectors and saves.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { createLink, type PortLike } from '@/lib/frame/link';
import { NotesPanel } from '../notes/NotesPanel';
import type { NotesActions } from '../notes/view';
import type { FrameNotesView, NotesFrameMethods, NotesHostMethods } from './protocol';
import { applyPageViewport, useFrameSize } from './use-frame-size';

/** Renders the view the content script sends, and hands the reader's actions back to it. */
export function NotesFrame({ port }: { port: PortLike }) {
  const [view, setView] = useState<FrameNotesView | null>(null);
  const link = useMemo(
    () =>
      createLink<NotesFrameMethods, NotesHostMethods>(port, {
        show: ({ view: next, viewport }) => {
          applyPageViewport(document.documentElement, viewport);
          setView(next);
          return null;
        },
      }),
    [port],
  );
  const actions = useMemo<NotesActions>(
    () => ({
      openEditor: (mode) => void link.call('open-editor', { mode }),
      save: (input) => link.call('save', input),
      attach: (noteId) => link.call('attach', { noteId }),
      close: () => void link.call('close', null),
      keepDraft: (fields) => void link.call('draft', fields),
    }),
    [link],
  );
  const box = useRef<HTMLDivElement>(null);
  useFrameSize(box, (size) => void link.call('size', size));

  return (
    <div class="bs-frame bs-frame-notes" ref={box}>
      {view && <NotesPanel view={view} actions={actions} />}
    </div>
  );
}
