/**
 * Writes and deletes the lookup rows recognition reads (domains, URLs, fingerprint keys) for a
 * pack. Runs inside the caller's transaction.
 */
import type { BackstoryDb } from '../db/database';
import type { Pack } from '../corpus/schema';
import { urlKey } from '../corpus/urls';

/** Writes every lookup row a pack needs. */
export async function writeIndexRowsForPack(db: BackstoryDb, pack: Pack): Promise<void> {
  const domains = pack.outlets.flatMap((outlet) =>
    outlet.domains.map((entry) => ({ domain: entry.domain, outletId: outlet.id, packId: pack.id })),
  );
  await db.domains.bulkPut(domains);
  const urls = pack.articles.flatMap((article) =>
    [...article.urls, ...(article.canonicalUrl ? [article.canonicalUrl] : [])]
      .map(urlKey)
      .filter((key): key is string => key !== null)
      .map((url) => ({ url, articleId: article.id, packId: pack.id })),
  );
  await db.urls.bulkPut(urls);
}

/** Deletes every lookup row a pack wrote. */
export async function deleteIndexRowsForPack(db: BackstoryDb, packId: string): Promise<void> {
  await db.domains.where('packId').equals(packId).delete();
  await db.urls.where('packId').equals(packId).delete();
}
