import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Retention } from '../../../../src-main/settings/schemas';
import { ApiError } from '../../api/client';
import { mutate } from '../../api/mutate';
import { useIsStaff } from '../../api/session';
import { useQuery } from '../../api/useQuery';
import { translateMessage } from '../../i18n/validation';
import { Button } from '../../ui/Button';
import { errorMessage } from '../../ui/errorMessage';
import { Spinner } from '../../ui/Spinner';
import './retention.css';

const fields = ['resultsDays', 'minuteDays', 'hourDays', 'dayDays'] as const satisfies readonly (keyof Retention)[];
type Draft = Record<keyof Retention, string>;

const draftOf = (retention: Retention): Draft => Object.fromEntries(fields.map((field) => [field, String(retention[field])])) as Draft;

/**
 * How long check data is kept: raw results, then minute, hour and day rollups. Saved together, as
 * each must be kept at least as long as the finer one; the core prunes to it within the hour.
 */
export function RetentionSettings() {
  const { t } = useTranslation();
  const settings = useQuery('settings.get', {});
  const mayEdit = useIsStaff();
  const stored = settings.data?.retention;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (stored) setDraft(draftOf(stored));
  }, [stored]);

  const fieldError = (field: keyof Retention) => (error instanceof ApiError ? error.fieldError(`retention.${field}`) : undefined);
  const changed = stored && draft && fields.some((field) => draft[field] !== String(stored[field]));

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setSaving(true);
    setError(null);
    const retention = Object.fromEntries(fields.map((field) => [field, draft[field].trim() === '' ? Number.NaN : Number(draft[field])])) as Retention;
    mutate('settings.update', { retention })
      .catch(setError)
      .finally(() => setSaving(false));
  };

  return (
    <section className="settings__section" aria-labelledby="retention-title">
      <h2 className="settings__title" id="retention-title">
        {t('retention.title')}
      </h2>
      <p className="settings__note">{mayEdit ? t('retention.hint') : t('retention.readOnly')}</p>
      {draft ? (
        <form noValidate onSubmit={save}>
          {fields.map((field) => (
            <div key={field} className="setting">
              <div className="setting__text">
                <label className="setting__label" htmlFor={`retention-${field}`}>
                  {t(`retention.fields.${field}`)}
                </label>
                <div className={fieldError(field) ? 'field__error' : 'setting__hint'} id={`retention-${field}-note`}>
                  {fieldError(field) ? translateMessage(t, fieldError(field)!) : t(`retention.hints.${field}`)}
                </div>
              </div>
              <div className="setting__control retention__control">
                <input
                  id={`retention-${field}`}
                  className="input mono"
                  inputMode="numeric"
                  value={draft[field]}
                  disabled={!mayEdit || saving}
                  aria-invalid={fieldError(field) ? true : undefined}
                  aria-describedby={`retention-${field}-note`}
                  onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
                />
                <span className="muted">{t('retention.days')}</span>
              </div>
            </div>
          ))}
          {mayEdit ? (
            <div className="retention__actions">
              <Button type="submit" variant="primary" busy={saving} disabled={!changed}>
                {t('common.save')}
              </Button>
              {error && !(error instanceof ApiError && error.body.fields?.length) ? (
                <p className="field__error" role="alert">
                  {errorMessage(t, error)}
                </p>
              ) : null}
            </div>
          ) : null}
        </form>
      ) : settings.status === 'error' ? (
        <p className="field__error">{errorMessage(t, settings.error)}</p>
      ) : (
        <Spinner label={t('common.loading')} />
      )}
    </section>
  );
}
