import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { priorities, type previewFieldsInput } from '../../../../src-main/sla-policies/schemas';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../ui/errorMessage';
import { useDebounced } from '../../ui/useDebounced';
import { useZoneDateTime } from '../plans/OccurrencePreview';

/**
 * When a task opened at `at` would be due under the calendar and targets being typed, by priority,
 * in the policy's zone: the core computes it from the unsaved fields, so it shows before saving.
 * `input` is null while the form has errors; the fields say what to fix.
 */
export function DuePreview({ input }: { input: z.input<typeof previewFieldsInput> | null }) {
  const { t } = useTranslation();
  const zoneDateTime = useZoneDateTime();
  const json = input ? JSON.stringify(input) : null;
  const stable = useMemo(() => (json ? (JSON.parse(json) as z.input<typeof previewFieldsInput>) : null), [json]);
  const debounced = useDebounced(stable, 250);
  const preview = useQuery('slaPolicies.previewFields', debounced, { keepPrevious: true });
  const timezone = debounced?.timezone ?? 'UTC';

  return (
    <div className="field field--wide sla-preview" aria-live="polite" data-testid="sla-policy-preview">
      <span className="field__label">{input ? t('slaPolicies.form.previewTitle', { at: zoneDateTime(input.at, input.timezone) }) : t('slaPolicies.form.previewTitleBare')}</span>
      {!input || !debounced ? (
        <span className="muted">{t('slaPolicies.form.previewIncomplete')}</span>
      ) : preview.status === 'error' && !preview.data ? (
        <span className="field__error">{errorMessage(t, preview.error)}</span>
      ) : preview.data ? (
        <table className="sla-due">
          <thead>
            <tr>
              <th scope="col">{t('slaPolicies.form.priority')}</th>
              <th scope="col">{t('tasks.responseDue')}</th>
              <th scope="col">{t('tasks.resolveDue')}</th>
            </tr>
          </thead>
          <tbody>
            {priorities.map((priority) => {
              const due = preview.data!.due[priority];
              return (
                <tr key={priority} data-priority={priority}>
                  <th scope="row">{priority}</th>
                  <td>{due?.responseDueAt ? zoneDateTime(due.responseDueAt, timezone) : t('common.none')}</td>
                  <td>{due?.resolveDueAt ? zoneDateTime(due.resolveDueAt, timezone) : t('common.none')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <span className="muted">{t('common.loading')}</span>
      )}
    </div>
  );
}
