/**
 * "Note deleted. Undo" after a delete. It stays while the pointer or focus is on it (so there is
 * time to reach it by keyboard), and otherwise leaves after a while; the delete then stands.
 */
import { useEffect, useRef } from 'preact/hooks';

/** How long the toast stays when nobody is using it. */
export const TOAST_MS = 10_000;

/** Props of {@link UndoToast}. */
export interface UndoToastProps {
  message: string;
  onUndo: () => void;
  onClose: () => void;
}

/** Renders the toast; a new `message` restarts its timer. */
export function UndoToast({ message, onUndo, onClose }: UndoToastProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const wait = () => {
      timer = setTimeout(() => {
        const node = box.current;
        if (node && (node.matches(':hover') || node.contains(document.activeElement))) wait();
        else onClose();
      }, TOAST_MS);
    };
    wait();
    return () => clearTimeout(timer);
  }, [message, onClose]);
  return (
    <div class="bs-toast" ref={box} role="status">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
