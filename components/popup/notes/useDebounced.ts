/** A value that follows another after a short pause, so fast typing searches once per pause. */
import { useEffect, useState } from 'preact/hooks';

/** `value`, `delay` ms after it last changed. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
