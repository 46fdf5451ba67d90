import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { consoleZone } from '../../i18n/format';
import { useSession } from '../../api/session';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';

/** Hands a text to the browser as a file download (works in the desktop window and in a browser alike). */
function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is no longer needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Export calendar (.ics)": the scheduled tasks of one person (or everyone's), for any calendar app. */
export function CalendarExportButton({ assigneeId }: { assigneeId?: string }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const exportCalendar = () => {
    setBusy(true);
    setError(null);
    // A day with no time is a whole day on this console's clock, as the task form set it.
    const where = { timezone: consoleZone(), language: i18n.language === 'it' ? 'it' : 'en' } as const;
    send('tasks.calendar', assigneeId ? { assigneeId, ...where } : where)
      .then(({ filename, ics }) => download(filename, ics, 'text/calendar;charset=utf-8'))
      .catch((failure: unknown) => {
        useSession.getState().noteError(failure);
        setError(failure);
      })
      .finally(() => setBusy(false));
  };
  return (
    <>
      {error ? (
        <span className="field__error" role="alert">
          {errorMessage(t, error)}
        </span>
      ) : null}
      <Button icon="download" onClick={exportCalendar} busy={busy} title={assigneeId ? t('tasks.calendar.hintOne') : t('tasks.calendar.hintAll')}>
        {t('tasks.calendar.export')}
      </Button>
    </>
  );
}
