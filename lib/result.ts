/** A serializable outcome: every message reply and fallible service returns one of these. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps a reader-facing message as a failed result. */
export function fail<T = never>(error: string): Result<T> {
  return { ok: false, error };
}

/** Turns anything thrown into a short reader-facing message. */
export function errorMessage(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message || thrown.name;
  return typeof thrown === 'string' ? thrown : 'Unknown error';
}
