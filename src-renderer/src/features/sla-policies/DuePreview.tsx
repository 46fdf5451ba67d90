import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { priorities, previewFieldsInput } from '../../../../src-main/sla-policies/schemas';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../ui/errorMessage';
import { useDebounced } from '../../ui/useDebounced';
import { useZoneDateTime } from '../plans/OccurrencePreview';
import { wallInZone } from './zoneWall';

type PreviewInput = z.input<typeof previewFieldsInput>;
type Fields = Omit<PreviewInput, 'openedAt'>;

/**
 * When a task opened at a chosen moment would be due under the calendar and targets being typed, by
 * priority, in the policy's zone: the core computes it from the unsaved fields, so it shows before
 * saving. The moment starts as now and can be moved, to see what a Friday afternoon or a holiday eve gives.
 */
export function DuePreview({ fields }: { fields: Fields }) {
  const { t } = useTranslation();
  const id = useId();
  const zoneDateTime = useZoneDateTime();
  const [wall, setWall] = useState(() => wallInZone(Date.now(), fields.timezone));
  const input = { ...fields, openedAt: wall };
  // Null while a field has errors: the fields say what to fix.
  const json = wall && previewFieldsInput.safeParse(input).success ? JSON.stringify(input) : null;
  const stable = useMemo(() => (json ? (JSON.parse(json) as PreviewInput) : null), [json]);
  const debounced = useDebounced(stable, 250);
  const preview = useQuery('slaPolicies.previewFields', stable ? debounced : null, { keepPrevious: true });
  const timezone = debounced?.timezone ?? fields.timezone;

  return (
    <div className="field field--wide sla-due-preview" data-testid="sla-policy-preview">
      <div className="sla-due-preview__head">
        <label className="field__label" htmlFor={id}>
          {t('slaPolicies.form.previewAt')}
        </label>
        <input id={id} type="datetime-local" className="input sla-due-preview__at" value={wall} onChange={(event) => setWall(event.target.value)} />
        <span className="muted">{fields.timezone}</span>
      </div>
      <div aria-live="polite">
        {!wall ? (
          <span className="muted">{t('slaPolicies.form.previewAtMissing')}</span>
        ) : !stable || !debounced ? (
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
    </div>
  );
}
