/** A stand-in for the background in page-side tests: canned notes, and every message recorded. */
import type { askBackground } from '../../../lib/messaging';
import type { Note } from '../../../lib/notes/schema';
import { ok, type Result } from '../../../lib/result';

/** A message the page sent. */
export interface SentMessage {
  type: string;
  payload: Record<string, unknown>;
}

/** A fake `askBackground` answering `notes/for-page` with `notes` and saving drafts as notes. */
export function fakeBackground(notes: Note[]) {
  const sent: SentMessage[] = [];
  let saved = 0;
  const ask = (async (type: string, payload: Record<string, unknown>): Promise<Result<unknown>> => {
    sent.push({ type, payload });
    if (type === 'notes/for-page') return ok(structuredClone(notes));
    if (type === 'notes/anchor-status') {
      const ids = payload.ids as string[];
      for (const note of notes)
        if (ids.includes(note.id)) note.anchorStatus = payload.status as Note['anchorStatus'];
      return ok({ updated: ids.length });
    }
    if (type === 'notes/save') {
      saved += 1;
      return ok({ ...payload, id: `saved-${saved}`, site: 'example', createdAt: 1, updatedAt: 1 });
    }
    if (type === 'notes/reattach') {
      const note = notes.find((candidate) => candidate.id === payload.id)!;
      return ok({ ...note, target: payload.target, anchorStatus: 'anchored' });
    }
    throw new Error(`unexpected message ${type}`);
  }) as unknown as typeof askBackground;
  return { ask, sent, of: (type: string) => sent.filter((message) => message.type === type) };
}
