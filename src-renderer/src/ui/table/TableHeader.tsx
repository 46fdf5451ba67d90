import { Icon } from '../Icon';
import { type Column, type Sort, cellClass } from './columns';

interface TableHeaderProps<T> {
  columns: readonly Column<T>[];
  sort?: Sort;
  onSort?(by: string): void;
}

/** Sticky header row; sortable columns are buttons that ask the core for another order. */
export function TableHeader<T>({ columns, sort, onSort }: TableHeaderProps<T>) {
  return (
    <div className="table__head" role="row" aria-rowindex={1}>
      {columns.map((column) => {
        const active = sort && column.sortKey === sort.by;
        return (
          <div
            key={column.id}
            role="columnheader"
            className={cellClass(column)}
            aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
          >
            {column.sortKey && onSort ? (
              <button type="button" className="table__sort" onClick={() => onSort(column.sortKey!)}>
                <span className="truncate">{column.label}</span>
                {active ? <Icon name={sort.dir === 'asc' ? 'arrowUp' : 'arrowDown'} size={12} /> : null}
              </button>
            ) : (
              <span className="truncate">{column.label}</span>
            )}
          </div>
        );
      })}
    </div>
  );
}
