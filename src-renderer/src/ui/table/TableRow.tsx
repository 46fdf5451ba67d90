import { memo } from 'react';
import { type Column, cellClass } from './columns';

interface TableRowProps<T> {
  row: T;
  index: number;
  columns: readonly Column<T>[];
  selected: boolean;
  onOpen(index: number): void;
  /** Offset in a virtualised body; a number rather than a style object so memoisation holds. */
  top?: number;
}

const placed = (top: number | undefined) => (top === undefined ? undefined : { transform: `translateY(${top}px)` });

function TableRowView<T>({ row, index, columns, selected, onOpen, top }: TableRowProps<T>) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      className={top === undefined ? 'table__row' : 'table__row table__row--virtual'}
      style={placed(top)}
      onClick={() => onOpen(index)}
    >
      {columns.map((column) => (
        <div key={column.id} role="gridcell" className={cellClass(column)}>
          {column.cell(row)}
        </div>
      ))}
    </div>
  );
}

/** Memoised: scrolling or moving the selection re-renders only the rows whose data or state changed. */
export const TableRow = memo(TableRowView) as typeof TableRowView;

/** Stands in for a row whose page is still on its way. */
export const PlaceholderRow = memo(function PlaceholderRow({ index, top }: { index: number; top: number }) {
  return (
    <div role="row" aria-rowindex={index + 2} aria-busy="true" className="table__row table__row--virtual table__row--placeholder" style={placed(top)}>
      <div className="skeleton" />
    </div>
  );
});
