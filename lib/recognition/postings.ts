/**
 * Posting rows: the on-disk layout of recognition's lookup tables. Writing one IndexedDB row per
 * (key, article) pair was measured at ~600 articles/s and ~4 KB per article in Chromium, so keys
 * are bucketed instead: all of a pack's keys whose mixed value (`mixKey`) agrees in its top `bits`
 * bits share one row holding sorted typed arrays. A lookup is one `get([slot, packId])` per probed
 * key. Keys are mixed first because anchors are winnowed minima, so small hashes dominate: bucketed
 * by their own top bits, the low rows held ten times the average, and probes read exactly those.
 *
 * Values pack a 20-bit reference (the article's or story's ordinal in the pack) with a 12-bit tag
 * (a story term's quantized weight; 0 in the other tables). Ordinals resolve to ids through id rows.
 */

/**
 * A bucket of mixed keys with their packed values, sorted by mixed key. When the bucket index
 * already holds 16 or more of a mixed key's 32 bits, only its low 16 bits are stored.
 */
export interface PostingRow {
  slot: number;
  packId: string;
  keys: Uint32Array | Uint16Array;
  values: Uint32Array;
}

/** Ids of refs `-(slot + 2) * ID_ROW_SIZE` onwards. */
export interface IdRow {
  slot: number;
  packId: string;
  ids: string[];
}

/** Per-pack layout of one table: how many top bits pick a bucket. */
export interface MetaRow {
  slot: typeof META_SLOT;
  packId: string;
  bits: number;
  entries: number;
  /** The bits of the pack's other tables, so one read gives the whole layout. */
  otherTables?: Record<string, number>;
}

/** Any row of a posting table. */
export type LookupRow = PostingRow | IdRow | MetaRow;

/** Entries collected before bucketing: parallel growable arrays of keys and packed values. */
export class PostingEntries {
  keys = new Uint32Array(1024);
  values = new Uint32Array(1024);
  length = 0;

  /** Adds `key → (ref, tag)`; the key is stored mixed (`mixKey`). */
  add(key: number, ref: number, tag: number): void {
    if (this.length === this.keys.length) {
      const keys = new Uint32Array(this.length * 2);
      const values = new Uint32Array(this.length * 2);
      keys.set(this.keys);
      values.set(this.values);
      this.keys = keys;
      this.values = values;
    }
    this.keys[this.length] = mixKey(key);
    this.values[this.length] = packValue(ref, tag);
    this.length++;
  }
}

/** The slot of a pack's meta row; id rows use the slots below it. */
export const META_SLOT = -1;
/** Ids per id row. */
export const ID_ROW_SIZE = 256;
/**
 * Keys per bucket row the layout aims at. Chromium's cost is per row (~50 µs to write or read one,
 * whatever its size up to a few KB), so rows are large: 512 keys (~4 KB) keep a 100,000-article
 * pack at ~17,000 rows, and a read of one costs about what a read of a 64-key row did.
 */
const TARGET_ROW_ENTRIES = 512;
/** An odd multiplier: multiplying by it permutes 32-bit values and spreads small ones. */
const MIX = 0x9e3779b1;
const TAG_SPAN = 4096;
/** Most refs one pack can hold (20 bits). */
export const MAX_REFS = 1 << 20;

/** Bucket bits for a pack with `entries` keys: about `TARGET_ROW_ENTRIES` keys per row. */
export function bucketBits(entries: number): number {
  return Math.max(0, Math.min(24, Math.ceil(Math.log2(Math.max(1, entries / TARGET_ROW_ENTRIES)))));
}

/** A key's mixed value: a bijection of 32-bit values whose top bits are evenly spread. */
export function mixKey(key: number): number {
  return Math.imul(key, MIX) >>> 0;
}

const topBits = (mixed: number, bits: number) => (bits === 0 ? 0 : mixed >>> (32 - bits));

/** The bucket slot of a 32-bit key. */
export function slotOf(key: number, bits: number): number {
  return topBits(mixKey(key), bits);
}

/** The id row slot of a ref. */
export function idSlot(ref: number): number {
  return -2 - Math.floor(ref / ID_ROW_SIZE);
}

/** Packs a ref and a 12-bit tag into one value. */
export function packValue(ref: number, tag: number): number {
  return ref * TAG_SPAN + Math.max(0, Math.min(TAG_SPAN - 1, Math.round(tag)));
}

/** Unpacks a value into its ref and tag. */
export function unpackValue(value: number): { ref: number; tag: number } {
  return { ref: Math.floor(value / TAG_SPAN), tag: value % TAG_SPAN };
}

/** Builds a table's rows for one pack: meta, buckets and (if given) the ids refs point at. */
export function buildRows(
  packId: string,
  entries: PostingEntries,
  ids: readonly string[] | null,
  maxRefsPerKey = Infinity,
): LookupRow[] {
  if (ids && ids.length > MAX_REFS) throw new Error(`A pack holds at most ${MAX_REFS} records per table`);
  const bits = bucketBits(entries.length);
  const { keys, values, length } = sortInformative(entries, maxRefsPerKey);
  const rows: LookupRow[] = [{ slot: META_SLOT, packId, bits, entries: length }];
  for (let start = 0; start < length;) {
    const slot = topBits(keys[start] ?? 0, bits);
    let end = start + 1;
    while (end < length && topBits(keys[end] ?? 0, bits) === slot) end++;
    // slice() gives each row its own buffer: a subarray would store the whole array in every row.
    const bucketKeys = bits >= 16 ? new Uint16Array(keys.subarray(start, end)) : keys.slice(start, end);
    rows.push({ slot, packId, keys: bucketKeys, values: values.slice(start, end) });
    start = end;
  }
  for (let first = 0; ids && first < ids.length; first += ID_ROW_SIZE) {
    rows.push({ slot: idSlot(first), packId, ids: ids.slice(first, first + ID_ROW_SIZE) });
  }
  return rows;
}

/**
 * The entries sorted by mixed key (hence by slot, its top bits), without keys shared by more than
 * `maxRefs` records: a phrase in hundreds of articles or a word in hundreds of stories identifies
 * none of them, and reading its refs would only cost time.
 */
function sortInformative(
  entries: PostingEntries,
  maxRefs: number,
): { keys: Uint32Array; values: Uint32Array; length: number } {
  const { keys, values } = sortByKey(entries);
  const count = entries.length;
  let length = 0;
  for (let start = 0; start < count;) {
    const key = keys[start] ?? 0;
    let end = start + 1;
    while (end < count && keys[end] === key) end++;
    if (end - start <= maxRefs) {
      // Compacting in place: the kept entries never overtake the ones still to be read.
      keys.fill(key, length, length + end - start);
      values.copyWithin(length, start, end);
      length += end - start;
    }
    start = end;
  }
  return { keys, values, length };
}

/**
 * Copies of the entries' keys and values sorted by key, hence by slot: a stable two-pass radix
 * sort on 16-bit digits that moves the pairs themselves, so every pass reads its input in order
 * (sorting indices and gathering afterwards cost twice as long on 6 million entries).
 */
function sortByKey(entries: PostingEntries): { keys: Uint32Array; values: Uint32Array } {
  const count = entries.length;
  let keys = entries.keys.slice(0, count);
  let values = entries.values.slice(0, count);
  let nextKeys = new Uint32Array(count);
  let nextValues = new Uint32Array(count);
  const counts = new Uint32Array(65537);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < count; i++) {
      const digit = (((keys[i] ?? 0) >>> shift) & 0xffff) + 1;
      counts[digit] = (counts[digit] ?? 0) + 1;
    }
    for (let digit = 1; digit < counts.length; digit++)
      counts[digit] = (counts[digit] ?? 0) + (counts[digit - 1] ?? 0);
    for (let i = 0; i < count; i++) {
      const key = keys[i] ?? 0;
      const digit = (key >>> shift) & 0xffff;
      const at = counts[digit] ?? 0;
      nextKeys[at] = key;
      nextValues[at] = values[i] ?? 0;
      counts[digit] = at + 1;
    }
    [keys, nextKeys] = [nextKeys, keys];
    [values, nextValues] = [nextValues, values];
  }
  return { keys, values };
}

/** The values stored under `key` in a bucket row (binary search). */
export function valuesFor(row: PostingRow, fullKey: number): number[] {
  const { keys, values } = row;
  const mixed = mixKey(fullKey);
  const key = keys instanceof Uint16Array ? mixed & 0xffff : mixed;
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((keys[middle] ?? 0) < key) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let i = low; i < keys.length && keys[i] === key; i++) found.push(values[i] ?? 0);
  return found;
}

/** Whether a row is a bucket row. */
export function isPostingRow(row: LookupRow | undefined): row is PostingRow {
  return row !== undefined && 'keys' in row;
}
