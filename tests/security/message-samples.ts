/**
 * One valid payload per background message, and walking a payload's leaves with the schema that
 * checks each of them: the starting points the message fuzz test mutates into invalid messages.
 */
import type * as v from 'valibot';
import { BACKGROUND_MESSAGES, type BackgroundMessageType } from '../../lib/messages';

const PAGE = 'https://news.example/a';
const TARGET = {
  quote: { exact: 'the council met', prefix: 'On Tuesday ', suffix: '' },
  position: { start: 11, end: 26 },
};
const DRAFT = {
  url: PAGE,
  canonicalUrl: null,
  title: 'A page',
  fingerprint: null,
  body: 'My note',
  tags: ['mine'],
  kind: 'comment',
  target: TARGET,
  link: { type: 'outlet', id: 'press-tv' },
  outletId: null,
};

/** A valid payload for every background message (the test checks each is accepted). */
export const VALID_PAYLOADS: Record<BackgroundMessageType, Record<string, unknown>> = {
  ping: {},
  'page/lookup': { url: PAGE, canonicalUrl: null },
  'page/analyze': { url: PAGE, canonicalUrl: 'https://news.example/canonical', title: 'T', html: '<p>x</p>' },
  'settings/get': {},
  'settings/set': { enabled: true, site: { host: 'news.example', disabled: false } },
  'packs/list': {},
  'packs/import': { json: '{}' },
  'packs/export': { id: 'starter' },
  'packs/remove': { id: 'nothing-installed' },
  'notes/save': DRAFT,
  'notes/for-page': { url: PAGE, canonicalUrl: null },
  'page/start': { url: PAGE, canonicalUrl: null },
  'notes/anchor-status': { ids: ['n1'], status: 'anchored', canonicalUrl: null },
  'notes/reattach': { id: 'n1', target: TARGET, canonicalUrl: null },
  'notes/list': {},
  'notes/update': { id: 'n1', patch: { body: 'Edited', tags: ['a'], kind: 'question', target: null } },
  'notes/delete': { id: 'n1' },
  'notes/restore': {
    note: { ...DRAFT, id: 'n1', site: 'news.example', createdAt: 1, updatedAt: 2, anchorStatus: 'anchored' },
  },
  'notes/export': { format: 'jsonld' },
  'notes/import': { json: '[]' },
};

/** One leaf (string, number, boolean or null) or container of a payload, with its path and schema. */
export interface Leaf {
  path: (string | number)[];
  value: unknown;
  schema: v.GenericSchema;
}

type Node = v.GenericSchema & {
  wrapped?: v.GenericSchema;
  entries?: Record<string, v.GenericSchema>;
  item?: v.GenericSchema;
  pipe?: { type: string; requirement?: unknown }[];
};

/** The schema without optional/nullable wrappers. */
export function unwrap(schema: v.GenericSchema): Node {
  let node = schema as Node;
  while (node.wrapped && ['optional', 'nullable', 'nullish', 'exact_optional'].includes(node.type)) {
    node = node.wrapped as Node;
  }
  return node;
}

/** Whether an object entry may be left out. */
export function isOptional(schema: v.GenericSchema): boolean {
  return ['optional', 'nullish', 'exact_optional'].includes(schema.type);
}

/** The schema's own `maxLength` (strings and arrays, in nested pipes too), or null when it has none. */
export function maxLengthOf(schema: v.GenericSchema): number | null {
  for (const item of unwrap(schema).pipe ?? []) {
    if (item.type === 'max_length' && typeof item.requirement === 'number') return item.requirement;
    const nested = 'pipe' in item ? maxLengthOf(item as unknown as v.GenericSchema) : null;
    if (nested !== null) return nested;
  }
  return null;
}

/** Whether a string schema bounds its length some other way: a fixed list, or an anchored `{m,n}$` pattern. */
export function isBoundedOtherwise(schema: v.GenericSchema): boolean {
  const node = unwrap(schema);
  if (node.type === 'picklist') return true;
  return (node.pipe ?? []).some(
    (item) =>
      item.type === 'regex' &&
      item.requirement instanceof RegExp &&
      /\{\d+,\d+\}\$$/.test(item.requirement.source),
  );
}

/** Every node of `value` (containers and leaves), paired with the schema for it. */
export function leavesOf(value: unknown, schema: v.GenericSchema, path: Leaf['path'] = []): Leaf[] {
  const node = unwrap(schema);
  const here: Leaf = { path, value, schema };
  if (Array.isArray(value) && node.item) {
    return [here, ...value.flatMap((item, index) => leavesOf(item, node.item!, [...path, index]))];
  }
  if (value !== null && typeof value === 'object' && node.entries) {
    return [
      here,
      ...Object.entries(value).flatMap(([key, item]) => leavesOf(item, node.entries![key]!, [...path, key])),
    ];
  }
  return [here];
}

/** A deep copy of `value` with the node at `path` replaced (or removed when `replacement` is REMOVE). */
export function replaceAt(value: unknown, path: Leaf['path'], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === REMOVE) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/** Marker for {@link replaceAt}: remove the key. */
export const REMOVE = Symbol('remove');

/** The payload schema of a message. */
export function payloadSchema(type: BackgroundMessageType): v.GenericSchema {
  return BACKGROUND_MESSAGES[type].payload as v.GenericSchema;
}

/**
 * The protocol's size limits, written out independently of the schemas so that dropping or
 * raising a cap in lib/messages.ts (or the note schemas) fails the fuzz test until this is updated.
 */
export function expectedCap(type: BackgroundMessageType, path: Leaf['path']): number | null {
  const field = String(path[path.length - 1]);
  const parent = String(path[path.length - 2] ?? '');
  // List items: tags have a cap; note ids are bounded by their pattern (`{1,80}`).
  if (typeof path[path.length - 1] === 'number') return parent === 'tags' ? 50 : null;
  const caps: Record<string, number> = {
    url: 4096,
    canonicalUrl: 4096,
    html: 3_000_000,
    json: 32 * 1024 * 1024,
    title: type === 'page/analyze' ? 2000 : 500,
    fingerprint: 200,
    prefix: 200,
    suffix: 200,
    exact: 5000,
    body: 10_000,
    tags: 20,
    ids: 10_000,
    outletId: 80,
  };
  if (field === 'site') return type === 'notes/restore' ? 253 : null;
  if (field === 'id') return parent === 'link' ? 80 : null;
  return caps[field] ?? null;
}
