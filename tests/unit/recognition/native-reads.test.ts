import { describe, expect, test } from 'vitest';
import { BackstoryDb } from '../../../lib/db/database';
import { readOnly, rowsWithAnyOf, startingWith } from '../../../lib/db/native-reads';

let dbCount = 0;
async function dbWithDomains(): Promise<BackstoryDb> {
  const db = new BackstoryDb(`native-reads-${dbCount++}`);
  await db.domains.bulkPut([
    { domain: 'a.example', outletId: 'o1', packId: 'p' },
    { domain: 'a.example', outletId: 'o2', packId: 'p' },
    { domain: 'a.example.org', outletId: 'o3', packId: 'p' },
    { domain: 'b.example', outletId: 'o4', packId: 'q' },
  ]);
  return db;
}

describe('native reads', () => {
  test('reads rows by key, in order, with undefined where there is none', async () => {
    const db = await dbWithDomains();
    const rows = await readOnly(db, ['domains'], (reads) =>
      reads.getMany<{ outletId: string }>('domains', [
        ['b.example', 'o4'],
        ['missing.example', 'o1'],
        ['a.example', 'o1'],
      ]),
    );
    expect(rows.map((row) => row?.outletId)).toEqual(['o4', undefined, 'o1']);
    db.close();
  });

  test.each([
    ['a.example', ['o1', 'o2']],
    ['a.example.org', ['o3']],
    ['example', []],
  ])('reads the compound keys starting with %s, and no neighbour', async (domain, outlets) => {
    const db = await dbWithDomains();
    const rows = await readOnly(db, ['domains'], (reads) =>
      reads.range<{ outletId: string }>('domains', startingWith(domain)),
    );
    expect(rows.map((row) => row.outletId)).toEqual(outlets);
    db.close();
  });

  test('reads an index, and several reads share one transaction', async () => {
    const db = await dbWithDomains();
    const [inP, inQ] = await readOnly(db, ['domains'], (reads) =>
      Promise.all([
        reads.range<{ outletId: string }>('domains', IDBKeyRange.only('p'), 'packId'),
        reads.range<{ outletId: string }>('domains', IDBKeyRange.only('q'), 'packId'),
      ]),
    );
    expect(inP?.map((row) => row.outletId).sort()).toEqual(['o1', 'o2', 'o3']);
    expect(inQ?.map((row) => row.outletId)).toEqual(['o4']);
    db.close();
  });

  test('reads the rows a multi-entry index holds any of the values for, each once', async () => {
    const db = await dbWithDomains();
    const claim = (id: string, articleIds: string[]) => ({ id, packId: 'p', storyId: 's', articleIds });
    await db.table('claims').bulkPut([claim('c1', ['a1', 'a2']), claim('c2', ['a2']), claim('c3', ['a3'])]);
    const rows = await readOnly(db, ['claims'], (reads) =>
      rowsWithAnyOf<{ id: string }>(reads, 'claims', 'articleIds', ['a2', 'a1', 'a9']),
    );
    expect(rows.map((row) => row.id)).toEqual(['c1', 'c2']);
    db.close();
  });

  test('reopens a closed connection', async () => {
    const db = await dbWithDomains();
    db.close();
    const rows = await readOnly(db, ['domains'], (reads) => reads.getMany('domains', [['b.example', 'o4']]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toBeDefined();
    db.close();
  });

  test('passes on a failure of the body or of a read, and the database stays usable', async () => {
    const db = await dbWithDomains();
    await expect(
      readOnly(db, ['domains'], async () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await expect(readOnly(db, ['domains'], (reads) => reads.getMany('nowhere', [1]))).rejects.toThrow();
    await expect(
      readOnly(db, ['domains'], (reads) => reads.getMany('domains', [{} as IDBValidKey])),
    ).rejects.toThrow();
    expect(await db.domains.count()).toBe(4);
    db.close();
  });
});
