import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { isTypingTarget } from '../../app/shortcuts';

interface RowCursorOptions {
  count: number;
  open(index: number): void;
  /** Brings a row into view (scrollIntoView, or the virtualiser's scrollToIndex). */
  reveal(index: number): void;
  /** Rows a PageUp/PageDown moves; asked at the key press, when the viewport's height is known. */
  pageSize?(): number;
  initial?: number;
  /** Any other key on the selected row (e.g. "x" to mark it); true when it was used. */
  onRowKey?(key: string, index: number): boolean;
}

/**
 * The keyboard selection of a table: ↑/↓, Home/End, PageUp/PageDown and Enter. It answers when
 * the table has focus and also when nothing does, so the keys work as soon as a list is on screen.
 */
export function useRowCursor({ count, open, reveal, pageSize = () => 20, initial = -1, onRowKey }: RowCursorOptions) {
  const [selected, setSelected] = useState(initial);
  const state = useRef({ selected, count, open, reveal, pageSize, onRowKey });
  state.current = { selected, count, open, reveal, pageSize, onRowKey };

  const handle = useCallback((key: string): boolean => {
    const { selected: current, count: rows, open: openRow, reveal: show, pageSize: rowsPerPage, onRowKey: rowKey } = state.current;
    if (rows === 0) return false;
    if (rowKey && current >= 0 && current < rows && rowKey(key, current)) return true;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + rowsPerPage(),
      PageUp: current - rowsPerPage(),
      Home: 0,
      End: rows - 1,
    };
    if (key === 'Enter') {
      if (current < 0 || current >= rows) return false;
      openRow(current);
      return true;
    }
    const target = moves[key];
    if (target === undefined) return false;
    const next = Math.max(0, Math.min(rows - 1, current < 0 && key === 'ArrowUp' ? 0 : target));
    setSelected(next);
    show(next);
    return true;
  }, []);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || document.activeElement !== document.body) return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      if (handle(event.key)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [handle]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      // Enter on a header's sort button sorts; the arrows move the selection from there and
      // take the focus back to the table, so the next Enter opens the row.
      if (event.key === 'Enter' && event.target !== event.currentTarget) return;
      if (!handle(event.key)) return;
      event.preventDefault();
      if (event.target !== event.currentTarget) (event.currentTarget as HTMLElement).focus();
    },
    [handle],
  );

  return { selected, setSelected, onKeyDown };
}
