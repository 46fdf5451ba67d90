import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../src-main/tasks/schemas';
import { mutate } from '../../api/mutate';
import { useFormat } from '../../i18n/format';
import { Icon } from '../../ui/Icon';

const moves = [
  { by: -1, control: 'up', icon: 'arrowUp' },
  { by: 1, control: 'down', icon: 'arrowDown' },
] as const;

interface ChecklistEditorProps {
  task: Pick<Task, 'id' | 'checklist'>;
  /** Who ticked an item, by id, in words. */
  personName(id: string): string;
  onError(error: unknown): void;
}

/**
 * Tick, add, remove and reorder a task's checklist. Reordering (the arrow buttons, or Alt+↑/↓ on an
 * item) sends the whole list to tasks.update with each item's id, so ticks stay with their items.
 */
export function ChecklistEditor({ task, personName, onError }: ChecklistEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  // After a move the list re-renders from the saved task; the moved item keeps the focus.
  const [focusAfterSave, setFocusAfterSave] = useState<{ id: string; control: string } | null>(null);
  useEffect(() => {
    if (!focusAfterSave) return;
    list.current?.querySelector<HTMLElement>(`[data-item="${focusAfterSave.id}"] [data-control="${focusAfterSave.control}"]`)?.focus();
  }, [task.checklist, focusAfterSave]);

  const save = (items: readonly { id?: string; text: string }[]) => {
    setBusy(true);
    return mutate('tasks.update', { id: task.id, checklist: items.map(({ id, text }) => (id ? { id, text } : { text })) })
      .catch((error: unknown) => {
        onError(error);
        throw error;
      })
      .finally(() => setBusy(false));
  };
  const move = (index: number, by: -1 | 1, control: string) => {
    const target = index + by;
    if (target < 0 || target >= task.checklist.length) return;
    const items = [...task.checklist];
    [items[index], items[target]] = [items[target]!, items[index]!];
    setFocusAfterSave({ id: task.checklist[index]!.id, control });
    void save(items).catch(() => undefined);
  };
  const remove = (index: number) => void save(task.checklist.filter((_, i) => i !== index)).catch(() => undefined);
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    save([...task.checklist, { text }]).then(
      () => setDraft(''),
      () => undefined,
    );
  };

  return (
    <>
      {task.checklist.length === 0 ? <p className="muted">{t('tasks.page.noChecklist')}</p> : null}
      <ul ref={list} className="checklist" aria-label={t('tasks.page.checklist')} aria-busy={busy || undefined}>
        {task.checklist.map((item, index) => (
          <li
            key={item.id}
            data-item={item.id}
            className={item.done ? 'checklist__item checklist__item--done' : 'checklist__item'}
            onKeyDown={(event) => {
              if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
              event.preventDefault();
              move(index, event.key === 'ArrowUp' ? -1 : 1, (event.target as HTMLElement).dataset.control ?? 'tick');
            }}
          >
            <label>
              <input
                type="checkbox"
                data-control="tick"
                checked={item.done}
                onChange={(event) => mutate('tasks.setChecklistItem', { id: task.id, itemId: item.id, done: event.target.checked }).catch(onError)}
              />
              <span>{item.text}</span>
            </label>
            {item.done && item.doneAt ? (
              <span className="muted checklist__who">{t('tasks.page.doneBy', { who: item.doneBy ? personName(item.doneBy) : '?', at: format.dateTime(item.doneAt) })}</span>
            ) : null}
            <span className="checklist__tools">
              {moves.map(({ by, control, icon }) => (
                <button
                  key={control}
                  type="button"
                  className="icon-button"
                  data-control={control}
                  aria-label={t(by < 0 ? 'tasks.checklist.moveUp' : 'tasks.checklist.moveDown', { item: item.text })}
                  title={t(by < 0 ? 'tasks.checklist.moveUpHint' : 'tasks.checklist.moveDownHint')}
                  disabled={busy || !task.checklist[index + by]}
                  onClick={() => move(index, by, control)}
                >
                  <Icon name={icon} size={14} />
                </button>
              ))}
              <button type="button" className="icon-button" aria-label={t('tasks.checklist.remove', { item: item.text })} disabled={busy} onClick={() => remove(index)}>
                <Icon name="close" size={14} />
              </button>
            </span>
          </li>
        ))}
      </ul>
      <form
        className="checklist__add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          className="input"
          aria-label={t('tasks.checklist.newItem')}
          placeholder={t('tasks.checklist.newItemPlaceholder')}
          value={draft}
          maxLength={500}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button button--secondary" disabled={busy || !draft.trim()}>
          {t('tasks.checklist.add')}
        </button>
      </form>
    </>
  );
}
