import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AlertPriorityRule as Rule, criticalities } from '../../../../src-main/settings/schemas';
import { priorities } from '../../../../src-main/tasks/schemas';
import { mutate } from '../../api/mutate';
import { useIsStaff } from '../../api/session';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../ui/errorMessage';
import { Spinner } from '../../ui/Spinner';

/**
 * Which priority the incident task a check alert opens gets, by the device's criticality. Each
 * change is saved at once; technicians see the rule but only staff may change it.
 */
export function AlertPriorityRule() {
  const { t } = useTranslation();
  const settings = useQuery('settings.get', {});
  const mayEdit = useIsStaff();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const rule = settings.data?.alertPriorityRule;

  const change = (next: Rule) => {
    setSaving(true);
    setError(null);
    mutate('settings.update', { alertPriorityRule: next })
      .catch(setError)
      .finally(() => setSaving(false));
  };

  return (
    <section className="settings__section" aria-labelledby="alert-priority-title">
      <h2 className="settings__title" id="alert-priority-title">
        {t('priorityRule.title')}
      </h2>
      <p className="settings__note">{mayEdit ? t('priorityRule.hint') : t('priorityRule.readOnly')}</p>
      {settings.status === 'error' && !rule ? <p className="field__error">{errorMessage(t, settings.error)}</p> : null}
      {rule ? (
        // Most critical first, as an operator reads the rule.
        [...criticalities].reverse().map((criticality) => (
          <div key={criticality} className="setting">
            <div className="setting__text">
              <label className="setting__label" htmlFor={`alert-priority-${criticality}`}>
                {t('priorityRule.criticality', { criticality: t(`devices.criticality.${criticality}`) })}
              </label>
            </div>
            <div className="setting__control">
              <select
                id={`alert-priority-${criticality}`}
                className="input select"
                value={rule[criticality]}
                disabled={!mayEdit || saving}
                onChange={(event) => change({ ...rule, [criticality]: event.target.value as Rule[typeof criticality] })}
              >
                {priorities.map((priority) => (
                  <option key={priority} value={priority}>
                    {t(`tasks.priorities.${priority}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ))
      ) : settings.status === 'loading' ? (
        <Spinner label={t('common.loading')} />
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {errorMessage(t, error)}
        </p>
      ) : null}
    </section>
  );
}
