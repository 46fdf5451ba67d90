import { useCallback, useRef } from 'react';
import { type Column, type Sort, tableStyle } from './columns';
import { TableHeader } from './TableHeader';
import { TableRow } from './TableRow';
import { useRowCursor } from './useRowCursor';

interface DataTableProps<T> {
  label: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  onOpen(row: T): void;
  sort?: Sort;
  onSort?(by: string): void;
  /** A key pressed on the keyboard-selected row, other than the cursor's own; true when used. */
  onRowKey?(key: string, row: T, index: number): boolean;
}

/** A table of tens or hundreds of rows (clients, sites, contacts): no virtualisation needed. */
export function DataTable<T>({ label, columns, rows, rowKey, onOpen, sort, onSort, onRowKey }: DataTableProps<T>) {
  const root = useRef<HTMLDivElement>(null);
  // Rows get a stable `open`, so a parent's inline callback does not re-render every memoised row.
  const latest = useRef({ rows, onOpen, onRowKey });
  latest.current = { rows, onOpen, onRowKey };
  const open = useCallback((index: number) => latest.current.onOpen(latest.current.rows[index]!), []);
  const rowKeyHandler = useCallback((key: string, index: number) => latest.current.onRowKey?.(key, latest.current.rows[index]!, index) ?? false, []);
  const reveal = useCallback((index: number) => root.current?.querySelector(`[data-index="${index}"]`)?.scrollIntoView({ block: 'nearest' }), []);
  const cursor = useRowCursor({ count: rows.length, open, reveal, onRowKey: onRowKey ? rowKeyHandler : undefined });

  return (
    <div
      ref={root}
      className="table"
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      tabIndex={0}
      onKeyDown={cursor.onKeyDown}
      style={tableStyle(columns)}
    >
      <TableHeader columns={columns} sort={sort} onSort={onSort} />
      {rows.map((row, index) => (
        <TableRow key={rowKey(row)} row={row} index={index} columns={columns} selected={index === cursor.selected} onOpen={open} />
      ))}
    </div>
  );
}
