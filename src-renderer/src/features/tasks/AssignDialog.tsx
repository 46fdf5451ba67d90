import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../../api/mutate';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errorMessage';
import { AccountPicker } from '../accounts/AccountPicker';

/** "Assign to…" for the selected tasks: one call, all of them or none. */
export function AssignDialog({ ids, onClose, onAssigned }: { ids: readonly string[]; onClose(): void; onAssigned(): void }) {
  const { t } = useTranslation();
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const assign = () => {
    setBusy(true);
    setError(null);
    mutate('tasks.assign', { ids: [...ids], assigneeId })
      .then(() => {
        onAssigned();
        onClose();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <Dialog title={t('tasks.bulk.assignTitle', { count: ids.length })} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          assign();
        }}
      >
        <div className="dialog__body">
          <AccountPicker label={t('tasks.bulk.assignee')} value={assigneeId} onChange={setAssigneeId} allowNone autoFocus hint={t('tasks.bulk.assigneeHint')} />
        </div>
        <footer className="dialog__footer">
          {error ? (
            <p className="form-error" role="alert">
              {errorMessage(t, error)}
            </p>
          ) : null}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {assigneeId ? t('tasks.bulk.assign', { count: ids.length }) : t('tasks.bulk.unassign', { count: ids.length })}
          </Button>
        </footer>
      </form>
    </Dialog>
  );
}
