/** Checks on parsed JSON that a schema cannot make, because schemas never see the keys they drop. */

/** Keys refused anywhere in an imported file: `__proto__` rewrites an object's prototype when copied. */
const FORBIDDEN_KEYS = new Set(['__proto__']);

/**
 * The path of the first forbidden key in a parsed JSON value (e.g. `first.items[2].body`), or null.
 * Walks with an explicit stack so a deeply nested file cannot overflow the call stack.
 */
export function findForbiddenKey(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]` }));
      continue;
    }
    for (const key of Object.keys(current)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return keyPath;
      stack.push({ value: (current as Record<string, unknown>)[key], path: keyPath });
    }
  }
  return null;
}
