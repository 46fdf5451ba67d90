import type { CSSProperties, ReactNode } from 'react';

export interface Column<T> {
  id: string;
  label: string;
  /** A CSS grid track, e.g. '120px' or 'minmax(160px, 2fr)'. Header and rows share the template. */
  width: string;
  align?: 'end';
  /** Set when the core can sort by this column. */
  sortKey?: string;
  cell(row: T): ReactNode;
}

export interface Sort {
  by: string;
  dir: 'asc' | 'desc';
}

export const gridTemplate = <T,>(columns: readonly Column<T>[]) => columns.map((column) => column.width).join(' ');

/** Column gap and side padding, as in ui.css (.table__row). */
const gap = 12;
const padding = 24;

/**
 * The narrowest the table can be before its columns crush: below it the table scrolls sideways
 * instead. Summed from each track's pixel minimum ('120px', 'minmax(120px, 1fr)').
 */
export function tableMinWidth<T>(columns: readonly Column<T>[]): number {
  const tracks = columns.reduce((sum, column) => sum + Number(/(\d+)px/.exec(column.width)?.[1] ?? 0), 0);
  return tracks + gap * (columns.length - 1) + padding * 2;
}

/** The CSS variables a table root carries for its header and rows. */
export const tableStyle = <T,>(columns: readonly Column<T>[]) =>
  ({ '--columns': gridTemplate(columns), '--table-min': `${tableMinWidth(columns)}px` }) as CSSProperties;

export const cellClass = <T,>(column: Column<T>) => (column.align === 'end' ? 'table__cell table__cell--end' : 'table__cell');

/** "name:asc" in the address ⇄ a Sort. */
export function parseSort(value: string | undefined, fallback: Sort): Sort {
  const [by, dir] = (value ?? '').split(':');
  return by ? { by, dir: dir === 'desc' ? 'desc' : 'asc' } : fallback;
}

/** Clicking the sorted column flips it; another column starts ascending. */
export const nextSort = (current: Sort, by: string): Sort => ({ by, dir: current.by === by && current.dir === 'asc' ? 'desc' : 'asc' });
