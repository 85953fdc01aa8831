import { useCurrentTab } from '@/components/popup/useCurrentTab';
import { PageStatus } from '@/components/popup/PageStatus';
import { Toggles } from '@/components/popup/Toggles';
import { NotesSection } from '@/components/popup/notes/NotesSection';

/** True when the popup page is open in a tab of its own for the notes (Firefox import). */
function notesView(): boolean {
  return new URLSearchParams(location.search).get('view') === 'notes';
}

/** The popup: this page's result, the toggles, then the reader's notes. */
export function App() {
  const tab = useCurrentTab();
  if (notesView()) {
    return (
      <main class="bs-popup">
        <h1>Backstory</h1>
        <NotesSection pageUrl={null} standalone />
      </main>
    );
  }
  return (
    <main class="bs-popup">
      <h1>Backstory</h1>
      <PageStatus tab={tab} />
      <Toggles tab={tab} />
      <NotesSection pageUrl={tab.status?.url ?? null} />
    </main>
  );
}
