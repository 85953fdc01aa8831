/** Finding the outlet behind a host name, including subdomains and mirrors. */
import type { BackstoryDb, Packed } from '../db/database';
import type { Outlet } from '../corpus/schema';

/** A host and each parent domain down to two labels: `a.b.presstv.co.uk` → …, `presstv.co.uk`, `co.uk`. */
export function hostCandidates(host: string): string[] {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const candidates: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) candidates.push(labels.slice(i).join('.'));
  return candidates;
}

/** The outlet whose domain is the host or its closest parent; null when unknown. */
export async function findOutletByHost(db: BackstoryDb, host: string): Promise<Packed<Outlet> | null> {
  const rows = await db.domains.bulkGet(hostCandidates(host));
  const row = rows.find((candidate) => candidate !== undefined);
  return row ? ((await db.outlets.get(row.outletId)) ?? null) : null;
}
