/**
 * The extension page shown inside a web page by the content script: the panel
 * (`frame.html?view=panel#nonce`) or the note editor and note cards (`?view=notes`). The content
 * script hands it a private `MessagePort` together with the nonce from this frame's URL, which
 * the page cannot read; a copy of this page embedded by anyone else never gets a port.
 */
import { render } from 'preact';
import { FRAME_HELLO } from '@/components/frame/protocol';
import { fromMessagePort } from '@/lib/frame/link';
import { NotesFrame } from '@/components/frame/NotesFrame';
import { PanelFrame } from '@/components/frame/PanelFrame';
import frameCss from '@/components/frame/frame.css?inline';
import noteKindsCss from '@/components/notes/note-kinds.css?inline';
import notesCss from '@/components/notes/notes-ui.css?inline';
import overlayCss from '@/components/overlay/overlay.css?inline';

/** Waits for the content script's hello; anything else posted to this frame is ignored. */
function start() {
  const view = new URLSearchParams(location.search).get('view');
  const nonce = location.hash.slice(1);
  if (!nonce || (view !== 'panel' && view !== 'notes')) return;
  const onHello = (event: MessageEvent) => {
    const data = event.data as Record<string, unknown> | null;
    const [channel] = event.ports;
    if (event.source !== window.parent || data?.[FRAME_HELLO] !== nonce || !channel) return;
    window.removeEventListener('message', onHello);
    // Each view brings only its own styles (the two sheets style bare elements differently).
    const style = document.createElement('style');
    style.textContent = frameCss + (view === 'panel' ? overlayCss : noteKindsCss + notesCss);
    document.head.append(style);
    const port = fromMessagePort(channel);
    const app = document.getElementById('app')!;
    render(view === 'panel' ? <PanelFrame port={port} /> : <NotesFrame port={port} />, app);
  };
  window.addEventListener('message', onHello);
}

start();
