import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../ui/errorMessage';
import { useDebounced } from '../../ui/useDebounced';
import { describeRule } from './recurrence';

/** In the plan's zone, so "09:00" reads as the plan says whatever zone the viewer is in. */
export function useZoneDateTime() {
  const { i18n } = useTranslation();
  return (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}

export interface Schedule {
  rrule: string;
  start: string;
  timezone: string;
}

/**
 * The core's expansion of an unsaved schedule, as the user types: its next occurrences, or what is
 * wrong and with which field (rrule, start, timezone), so the form can mark that field at once.
 */
export function useRulePreview(schedule: Schedule) {
  const { t } = useTranslation();
  // One object per distinct schedule: a new one each render would restart the debounce forever.
  const { rrule, start, timezone } = schedule;
  const stable = useMemo(() => ({ rrule, start, timezone }), [rrule, start, timezone]);
  const input = useDebounced(stable, 250);
  const ready = input.rrule.length > 0 && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(input.start);
  const preview = useQuery('plans.previewRule', ready ? { ...input, count: 5 } : null, { keepPrevious: true });
  const failure = preview.status === 'error' ? preview.error : null;
  const field = failure instanceof ApiError ? failure.body.fields?.[0] : undefined;
  const problem = failure ? { field: field?.path ?? null, message: field?.message ?? errorMessage(t, failure) } : null;
  return { ready, data: problem ? undefined : preview.data, problem };
}

/** The schedule in words and its next occurrences, so a rule is seen to do what it should before it is saved. */
export function OccurrencePreview({ preview, start, timezone }: { preview: ReturnType<typeof useRulePreview>; start: string; timezone: string }) {
  const { t, i18n } = useTranslation();
  const zoneDateTime = useZoneDateTime();
  const { ready, problem } = preview;

  return (
    <div className="field field--wide plan-preview" aria-live="polite" data-testid="plan-preview">
      <span className="field__label">{t('plans.form.preview')}</span>
      {!ready ? (
        <span className="muted">{t('plans.form.previewIncomplete')}</span>
      ) : problem ? (
        <span className="field__error" role="alert">
          {t('plans.form.previewError', { problem: problem.message })}
        </span>
      ) : preview.data ? (
        <>
          <span className="plan-preview__rule">{describeRule(t, i18n.language, preview.data.rrule, start.slice(11))}</span>
          <ol className="plan-preview__list">
            {preview.data.occurrences.map((at) => (
              <li key={at}>{zoneDateTime(at, timezone)}</li>
            ))}
          </ol>
          {preview.data.occurrences.length === 0 ? <span className="muted">{t('plans.form.noOccurrences')}</span> : null}
        </>
      ) : (
        <span className="muted">{t('common.loading')}</span>
      )}
    </div>
  );
}
