import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { useIsStaff } from '../../api/session';
import { useQuery } from '../../api/useQuery';
import { Badge } from '../../ui/Badge';
import { errorMessage } from '../../ui/errorMessage';
import { summarizeHours } from './policyText';
import './sla-policies.css';

/** Settings' section: the policies at a glance and the way to the screen that edits them. */
export function SlaPoliciesSetting() {
  const { t, i18n } = useTranslation();
  const policies = useQuery('slaPolicies.list', {});
  const mayEdit = useIsStaff();
  return (
    <section className="settings__section" aria-labelledby="sla-policies-title">
      <h2 className="settings__title" id="sla-policies-title">
        {t('slaPolicies.title')}
      </h2>
      <p className="settings__note">{t('slaPolicies.settingsHint')}</p>
      {policies.status === 'error' && !policies.data ? <p className="field__error">{errorMessage(t, policies.error)}</p> : null}
      {policies.data ? (
        <ul className="sla-settings__list">
          {policies.data.items.map((policy) => (
            <li key={policy.id}>
              <span className="strong truncate sla-settings__name" title={policy.name}>
                {policy.name}
              </span>
              {policy.isDefault ? <Badge>{t('slaPolicies.default')}</Badge> : null}
              <span className="muted truncate">{summarizeHours(i18n.language, policy.hours)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <a className="button button--secondary" href={href('/sla-policies')}>
        {t(mayEdit ? 'slaPolicies.manage' : 'slaPolicies.view')}
      </a>
    </section>
  );
}
