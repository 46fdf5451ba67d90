import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../../../src-main/core/contract';
import type { OutputOf } from '../../../../src-main/core/method';
import { IMPORT_PREVIEW_ROWS, MAX_IMPORT_CHARS, MAX_IMPORT_ROWS, importColumns, type ImportColumnKey } from '../../../../src-main/tasks/schemas';
import { send } from '../../api/client';
import { mutate } from '../../api/mutate';
import { useSession } from '../../api/session';
import { href } from '../../app/router';
import { useFormat } from '../../i18n/format';
import { translateMessage } from '../../i18n/validation';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { Icon } from '../../ui/Icon';
import { PriorityBadge, SlaBadge } from './taskBits';
import './import-tasks.css';

type TaskImportOutput = OutputOf<Api, 'tasks.import'>;
type ImportError = TaskImportOutput['errors'][number];
type ImportRow = TaskImportOutput['preview'][number];

/** Excel saves "CSV UTF-8" with a byte order mark and plain "CSV" in the Windows code page: read either. */
async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A header line and one example in the console's language; Italian with ";" as Italian Excel reads it. */
function templateCsv(language: string): string {
  const it = language === 'it';
  const example: Record<ImportColumnKey, string> = it
    ? {
        client: 'ACME',
        title: 'Il server di posta non risponde',
        kind: 'guasto',
        priority: 'P1',
        status: 'nuovo',
        openedAt: '02/03/2026 09:30',
        respondedAt: '',
        assignee: '',
        site: 'Sede',
        device: 'srv-mail',
        description: 'Gli utenti non ricevono posta dalle 9',
        scheduledAt: '',
        checklist: 'Controlla il servizio | Riavvia',
      }
    : {
        client: 'ACME',
        title: 'Mail server not responding',
        kind: 'incident',
        priority: 'P1',
        status: 'new',
        openedAt: '2026-03-02 09:30',
        respondedAt: '',
        assignee: '',
        site: 'Head office',
        device: 'srv-mail',
        description: 'Users get no mail since 09:00',
        scheduledAt: '',
        checklist: 'Check the service | Restart it',
      };
  const separator = it ? ';' : ',';
  const line = (cells: string[]) => cells.join(separator);
  return `\uFEFF${line(importColumns.map((c) => (it ? c.it : c.en)))}\r\n${line(importColumns.map((c) => example[c.key]))}\r\n`;
}

function useImportText() {
  const { t, i18n } = useTranslation();
  const header = (key: ImportColumnKey) => {
    const column = importColumns.find((c) => c.key === key)!;
    return i18n.language === 'it' ? column.it : column.en;
  };
  return {
    header,
    /** The column as the file writes it; a missing one by its name in the console's language. */
    column: (error: ImportError) => (error.code === 'missing_column' && error.field ? header(error.field) : (error.column ?? '—')),
    problem: (error: ImportError) => (error.code === 'invalid' ? translateMessage(t, error.message) : t(`tasks.import.errors.${error.code}`, error.params)),
  };
}

/** Operators and admins: a CSV from another tool, checked row by row (dry run) before anything is created. */
export function ImportTasks({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const text = useImportText();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [check, setCheck] = useState<TaskImportOutput | null>(null);
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);
  const [reading, setReading] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const done = check?.committed === true;

  const fail = (failure: unknown) => {
    useSession.getState().noteError(failure);
    setError(failure);
  };

  const choose = async (picked: File | undefined) => {
    if (!picked) return;
    setError(null);
    setFile(null);
    setCheck(null);
    if (picked.size > MAX_IMPORT_CHARS) {
      setError(new Error(t('tasks.import.tooBig', { size: `${format.number(MAX_IMPORT_CHARS / 1_000_000)} MB` })));
      return;
    }
    setBusy('reading');
    setReading(picked.name);
    try {
      const csv = await readText(picked);
      setCheck(await send('tasks.import', { csv, commit: false }));
      setFile({ name: picked.name, csv });
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!file) return;
    setBusy('importing');
    setError(null);
    try {
      setCheck(await mutate('tasks.import', { csv: file.csv, commit: true }));
    } catch (failure) {
      fail(failure);
      // Someone may have changed what the file names since the dry run: show what is wrong now.
      await send('tasks.import', { csv: file.csv, commit: false }).then(setCheck, () => undefined);
    } finally {
      setBusy(null);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files[0]);
  };

  const canImport = check !== null && !done && check.errorCount === 0 && check.create > 0;
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(i18n.language))}`;

  return (
    <Dialog title={t('tasks.import.title')} onClose={onClose} variant="drawer">
      <div className="task-import">
        <div className="task-import__body">
          {done ? null : (
            <>
              <p className="task-import__intro">{t('tasks.import.intro')}</p>
              <label
                className={`task-import__drop${dragging ? ' task-import__drop--over' : ''}`}
                onDragOver={(event) => {
                  event.preventDefault();
                  setDragging(true);
                }}
                onDragLeave={() => setDragging(false)}
                onDrop={onDrop}
              >
                <input
                  className="task-import__input"
                  type="file"
                  accept=".csv,text/csv"
                  aria-label={t('tasks.import.file')}
                  data-autofocus
                  onChange={(event) => {
                    void choose(event.currentTarget.files?.[0]);
                    // The same file, fixed, must be choosable again.
                    event.currentTarget.value = '';
                  }}
                />
                <Icon name="upload" size={16} />
                <span>
                  <strong>{file ? file.name : t('tasks.import.choose')}</strong> <span className="muted">{file ? t('tasks.import.another') : t('tasks.import.drop')}</span>
                </span>
                <span className="task-import__hint">{t('tasks.import.fileHint', { rows: MAX_IMPORT_ROWS })}</span>
              </label>
              <details className="task-import__columns" open={check === null}>
                <summary>
                  {t('tasks.import.columnsTitle')} <span className="muted">· {t('tasks.import.columnsHint')}</span>
                </summary>
                <table className="htable task-import__table">
                  <tbody>
                    {importColumns.map((column) => (
                      <tr key={column.key}>
                        <th scope="row">
                          {text.header(column.key)}
                          {column.required ? ' *' : ''}
                        </th>
                        <td className="muted">{t(`tasks.import.columns.${column.key}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <a className="button button--secondary task-import__template" href={templateHref} download={t('tasks.import.templateName')}>
                  <Icon name="download" size={14} />
                  {t('tasks.import.template')}
                </a>
              </details>
            </>
          )}
          {busy === 'reading' ? (
            <p className="muted" role="status">
              {t('tasks.import.reading', { name: reading })}
            </p>
          ) : null}
          {check ? <ImportResult check={check} /> : null}
        </div>
        <footer className="dialog__footer">
          {error ? (
            <p className="form-error" role="alert">
              {errorMessage(t, error)}
            </p>
          ) : check && !done && check.errorCount > 0 ? (
            <span className="dialog__hint">{t('tasks.import.fixFirst')}</span>
          ) : (
            <span />
          )}
          {done ? (
            <Button variant="primary" onClick={onClose}>
              {t('tasks.import.close')}
            </Button>
          ) : (
            <>
              <Button onClick={onClose}>{t('common.cancel')}</Button>
              <Button variant="primary" icon="upload" disabled={!canImport} busy={busy === 'importing'} onClick={() => void commit()}>
                {!check ? t('tasks.import.title') : check.create === 0 && check.errorCount === 0 ? t('tasks.import.nothingToImport') : t('tasks.import.submit', { count: check.create })}
              </Button>
            </>
          )}
        </footer>
      </div>
    </Dialog>
  );
}

function ImportResult({ check }: { check: TaskImportOutput }) {
  const { t } = useTranslation();
  const text = useImportText();
  const shownErrors = check.errors.length;
  return (
    <>
      {check.committed ? (
        <p className="task-import__done" role="status">
          {t('tasks.import.done', { count: check.create })} {check.skipped > 0 ? t('tasks.import.doneSkipped', { count: check.skipped }) : null}
        </p>
      ) : (
        <p className="task-import__summary" role="status">
          <span>{t('tasks.import.rows', { count: check.rows })}</span>
          <span className="task-import__count--create">{t('tasks.import.toCreate', { count: check.create })}</span>
          {check.skipped > 0 ? <span>{t('tasks.import.skipped', { count: check.skipped })}</span> : null}
          {check.errorCount > 0 ? <span className="task-import__count--errors">{t('tasks.import.errorCount', { count: check.errorCount })}</span> : null}
        </p>
      )}
      {shownErrors > 0 ? (
        <section className="task-import__section">
          <h3 className="task-import__heading task-import__heading--errors">{t('tasks.import.errorsTitle')}</h3>
          <table className="htable task-import__table task-import__errors" aria-label={t('tasks.import.errorsTitle')}>
            <thead>
              <tr>
                <th className="htable__num">{t('tasks.import.cols.line')}</th>
                <th>{t('tasks.import.cols.column')}</th>
                <th>{t('tasks.import.cols.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {check.errors.map((error, index) => (
                <tr key={index}>
                  <td className="htable__num">{error.line}</td>
                  <td>{text.column(error)}</td>
                  <td>{text.problem(error)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {check.errorCount > shownErrors ? <p className="task-import__hint">{t('tasks.import.errorsShown', { shown: shownErrors, count: check.errorCount })}</p> : null}
        </section>
      ) : null}
      {check.preview.length > 0 ? <ImportPreview check={check} /> : null}
    </>
  );
}

function ImportPreview({ check }: { check: TaskImportOutput }) {
  const { t } = useTranslation();
  const format = useFormat();
  const due = (at: string | null) => (at ? format.dateTime(at) : t('tasks.paused'));
  const outcome = (row: ImportRow) => {
    if (row.existingTaskId) return <span className="muted">{t('tasks.import.alreadyImported')}</span>;
    if (row.sameAsLine !== null) return <span className="muted">{t('tasks.import.sameAsLine', { line: row.sameAsLine })}</span>;
    return <SlaBadge state={row.slaState} />;
  };
  const title = t(check.committed ? 'tasks.import.importedTitle' : 'tasks.import.previewTitle');
  return (
    <section className="task-import__section">
      <h3 className="task-import__heading">{title}</h3>
      <div className="task-import__scroll">
        <table className="htable task-import__table task-import__preview" aria-label={title}>
          <thead>
            <tr>
              <th className="htable__num">{t('tasks.import.cols.line')}</th>
              <th>{t('tasks.import.cols.client')}</th>
              <th>{t('tasks.import.cols.title')}</th>
              <th>{t('tasks.import.cols.priority')}</th>
              <th>{t('tasks.import.cols.status')}</th>
              <th>{t('tasks.import.cols.opened')}</th>
              <th>{t('tasks.import.cols.responseDue')}</th>
              <th>{t('tasks.import.cols.resolveDue')}</th>
              <th>{t('tasks.import.cols.sla')}</th>
            </tr>
          </thead>
          <tbody>
            {check.preview.map((row) => {
              const skipped = row.existingTaskId !== null || row.sameAsLine !== null;
              return (
                <tr key={row.line} className={skipped ? 'task-import__row--skipped' : undefined}>
                  <td className="htable__num">{row.line}</td>
                  <td title={row.clientName}>{row.clientCode}</td>
                  <td className="task-import__title">{row.taskId ? <a href={href(`/tasks/${row.taskId}`)}>{row.title}</a> : row.title}</td>
                  <td>
                    <PriorityBadge priority={row.priority} />
                  </td>
                  <td>{t(`tasks.status.${row.status}`)}</td>
                  <td>{format.dateTime(row.openedAt)}</td>
                  <td>{row.respondedAt ? <span className="muted">{t('tasks.responded')}</span> : due(row.responseDueAt)}</td>
                  <td>{due(row.resolveDueAt)}</td>
                  <td>{outcome(row)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {check.rows > check.preview.length && check.preview.length === IMPORT_PREVIEW_ROWS ? (
        <p className="task-import__hint">{t('tasks.import.previewShown', { shown: IMPORT_PREVIEW_ROWS })}</p>
      ) : null}
    </section>
  );
}
