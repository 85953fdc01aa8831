import { useCurrentTab } from '@/components/popup/useCurrentTab';
import { PageStatus } from '@/components/popup/PageStatus';
import { Toggles } from '@/components/popup/Toggles';

/** The popup: this page's result and the toggles. */
export function App() {
  const tab = useCurrentTab();
  return (
    <main class="bs-popup">
      <h1>Backstory</h1>
      <PageStatus tab={tab} />
      <Toggles tab={tab} />
    </main>
  );
}
