import { PackManager } from '@/components/options/PackManager';

/** The options page: corpus packs. */
export function App() {
  return (
    <main class="bs-options">
      <h1>Backstory settings</h1>
      <p class="bs-muted">Everything Backstory knows is stored in this browser. Nothing is sent anywhere.</p>
      <PackManager />
    </main>
  );
}
