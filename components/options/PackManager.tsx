/** Lists installed corpus packs; imports, exports and removes them with a clear message each time. */
import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '@/lib/messaging';
import type { PackRecord } from '@/lib/db/database';
import { MAX_IMPORT_CHARS } from '@/lib/messages';

type Message = { kind: 'status' | 'alert'; text: string } | null;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The packs table and its actions. */
export function PackManager() {
  const [packs, setPacks] = useState<PackRecord[]>([]);
  const [message, setMessage] = useState<Message>(null);
  const refresh = async () => {
    const result = await askBackground('packs/list', {});
    if (result.ok) setPacks(result.value);
    else setMessage({ kind: 'alert', text: result.error });
  };
  useEffect(() => void refresh(), []);

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_CHARS) {
      setMessage({
        kind: 'alert',
        text: `${file.name} is too large (${(file.size / 1048576).toFixed(1)} MB). Nothing was changed.`,
      });
      return;
    }
    const result = await askBackground('packs/import', { json: await file.text() });
    if (!result.ok) setMessage({ kind: 'alert', text: `${file.name}: ${result.error} Nothing was changed.` });
    else if (!result.value.changed)
      setMessage({
        kind: 'status',
        text: `${result.value.pack.title} is already installed at this version.`,
      });
    else
      setMessage({
        kind: 'status',
        text: `Installed ${result.value.pack.title} (version ${result.value.pack.version}).`,
      });
    await refresh();
  };
  const exportPack = async (pack: PackRecord) => {
    const result = await askBackground('packs/export', { id: pack.id });
    if (result.ok) download(`backstory-pack-${pack.id}-v${pack.version}.json`, result.value);
    else setMessage({ kind: 'alert', text: result.error });
  };
  const removePack = async (pack: PackRecord) => {
    if (!confirm(`Remove ${pack.title}? Your notes stay.`)) return;
    const result = await askBackground('packs/remove', { id: pack.id });
    setMessage(
      result.ok
        ? {
            kind: 'status',
            text: `Removed ${pack.title} (${result.value.removed} records). Your notes were kept.`,
          }
        : { kind: 'alert', text: result.error },
    );
    await refresh();
  };

  return (
    <section class="bs-card" aria-labelledby="bs-packs-title">
      <h2 id="bs-packs-title">Corpus packs</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Pack</th>
            <th scope="col">Version</th>
            <th scope="col">Contents</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {packs.map((pack) => (
            <tr key={pack.id} data-pack={pack.id}>
              <td>{pack.title}</td>
              <td>{pack.version}</td>
              <td>
                {pack.counts.outlets} outlets, {pack.counts.articles} articles, {pack.counts.stories} stories,{' '}
                {pack.counts.reports} reports, {pack.counts.claims} claims, {pack.counts.sources} sources
              </td>
              <td>
                <button type="button" onClick={() => void exportPack(pack)}>
                  Export
                </button>{' '}
                <button type="button" onClick={() => void removePack(pack)}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {packs.length === 0 && <p>No packs installed.</p>}
      <label>
        Import a pack (.json):{' '}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importFile(file);
            event.currentTarget.value = '';
          }}
        />
      </label>
      {message && <p role={message.kind}>{message.text}</p>}
    </section>
  );
}
