import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKey } from '../app/shortcuts';
import type { QueryState } from '../api/useQuery';
import { ArchiveToggle } from './ArchiveToggle';
import { Button } from './Button';
import { EmptyState } from './EmptyState';
import { QueryView } from './QueryView';
import { Toggle } from './Toggle';
import type { Column } from './table/columns';
import { DataTable } from './table/DataTable';
import { RowActions } from './table/RowActions';

interface ArchivableRecord {
  id: string;
  archivedAt: string | null;
}

export interface ArchiveText {
  archiveTitle: string;
  archiveBody: string;
  restoreTitle: string;
  restoreBody: string;
}

interface RecordListProps<T extends ArchivableRecord> {
  label: string;
  query: QueryState<{ items: T[] }> & { reload(): void };
  columns: readonly Column<T>[];
  count(rows: number): string;
  newLabel: string;
  empty: { title: string; hint: string };
  showArchived: boolean;
  onShowArchived(show: boolean): void;
  /** False while the parent is archived: its records cannot change. */
  editable: boolean;
  archiveText(row: T): ArchiveText;
  archive(row: T): Promise<unknown>;
  restore(row: T): Promise<unknown>;
  /** The create form (no row) or the edit form; `close` unmounts it. */
  form(row: T | undefined, close: () => void): ReactNode;
}

/**
 * A client's sites or contacts: count, "Show archived", New (N), the table with archive/restore
 * on each row, and the create/edit drawer a click or Enter opens.
 */
export function RecordList<T extends ArchivableRecord>(props: RecordListProps<T>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  useKey('n', props.editable ? () => setEditing('new') : null);

  const columns: readonly Column<T>[] = [
    ...props.columns,
    {
      id: 'actions',
      label: '',
      width: '112px',
      align: 'end',
      cell: (row) =>
        props.editable ? (
          <RowActions>
            <ArchiveToggle compact archived={row.archivedAt !== null} text={props.archiveText(row)} onArchive={() => props.archive(row)} onRestore={() => props.restore(row)} />
          </RowActions>
        ) : null,
    },
  ];

  return (
    <div className="view">
      <div className="toolbar">
        <span className="toolbar__count">{props.query.data ? props.count(props.query.data.items.length) : null}</span>
        <Toggle label={t('common.showArchived')} checked={props.showArchived} onChange={props.onShowArchived} />
        <div className="toolbar__end">
          {props.editable ? (
            <Button variant="primary" icon="plus" shortcut="N" onClick={() => setEditing('new')}>
              {props.newLabel}
            </Button>
          ) : null}
        </div>
      </div>
      <div className="view__body">
        <QueryView query={props.query}>
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState title={props.empty.title}>{props.empty.hint}</EmptyState>
            ) : (
              <DataTable label={props.label} columns={columns} rows={items} rowKey={(row) => row.id} onOpen={(row) => props.editable && setEditing(row)} />
            )
          }
        </QueryView>
      </div>
      {editing ? props.form(editing === 'new' ? undefined : editing, () => setEditing(null)) : null}
    </div>
  );
}
