import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { type ThemePreference, themePreferences, useTheme } from '../../app/theme';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/useQuery';
import { type Language, languageNames, languages, setLanguage } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { PeopleSettings } from '../accounts/PeopleSettings';
import { LoadDemo } from '../demo/LoadDemo';
import { SlaPoliciesSetting } from '../sla-policies/SlaPoliciesSetting';
import { AlertPriorityRule } from './AlertPriorityRule';
import { RetentionSettings } from './RetentionSettings';
import './settings.css';

function Setting({ label, hint, htmlFor, children }: { label: string; hint?: string; htmlFor?: string; children: ReactNode }) {
  return (
    <div className="setting">
      <div className="setting__text">
        {htmlFor ? (
          <label className="setting__label" htmlFor={htmlFor}>
            {label}
          </label>
        ) : (
          <div className="setting__label">{label}</div>
        )}
        {hint ? <div className="setting__hint">{hint}</div> : null}
      </div>
      <div className="setting__control">{children}</div>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="settings__section">
      <h2 className="settings__title">{title}</h2>
      {children}
    </section>
  );
}

export function SettingsView() {
  const { t, i18n } = useTranslation();
  const languageId = useId();
  const preference = useTheme((s) => s.preference);
  const setPreference = useTheme((s) => s.setPreference);
  const session = useSession((s) => s.state);
  const stats = useQuery('fleet.stats', {});
  const info = session.status === 'ready' ? session.info : null;

  return (
    <div className="view">
      <PageHeader title={t('settings.title')} />
      <div className="view__scroll">
        <div className="settings">
          <Section title={t('settings.appearance')}>
            <Setting label={t('settings.language')} hint={t('settings.languageHint')} htmlFor={languageId}>
              <select id={languageId} className="input select" value={i18n.language} onChange={(event) => setLanguage(event.target.value as Language)}>
                {languages.map((language) => (
                  <option key={language} value={language} lang={language}>
                    {languageNames[language]}
                  </option>
                ))}
              </select>
            </Setting>
            <Setting label={t('settings.theme')} hint={t('settings.themeHint')}>
              <div className="segmented" role="radiogroup" aria-label={t('settings.theme')}>
                {themePreferences.map((option: ThemePreference) => (
                  <label key={option} className="segmented__option">
                    <input type="radio" name="theme" value={option} checked={preference === option} onChange={() => setPreference(option)} />
                    <span>{t(`settings.themes.${option}`)}</span>
                  </label>
                ))}
              </div>
            </Setting>
          </Section>

          <Section title={t('settings.data')}>
            {stats.data?.clients === 0 ? (
              <Setting label={t('welcome.loadDemo')} hint={t('settings.demoHint')}>
                <LoadDemo variant="secondary" onLoaded={() => navigate('#/clients')} />
              </Setting>
            ) : stats.data ? (
              <p className="settings__note">
                {t('settings.hasData', { clients: stats.data.clients, devices: stats.data.devices })}
                {stats.data.demo ? ` ${t('settings.demoLoaded')}` : ''}
              </p>
            ) : null}
          </Section>

          <RetentionSettings />

          <PeopleSettings />

          <AlertPriorityRule />

          <SlaPoliciesSetting />
          {info ? (
            <Section title={t('settings.about')}>
              <dl className="facts__list settings__about">
                <dt>{t('settings.instance')}</dt>
                <dd>{t(`settings.instances.${info.instance}`)}</dd>
                <dt>{t('settings.version')}</dt>
                <dd className="mono">{info.version}</dd>
                <dt>{t('settings.node')}</dt>
                <dd className="mono">{info.nodeId}</dd>
                <dt>{t('settings.signedInAs')}</dt>
                <dd>
                  {info.actor.name} · {t(`shell.roles.${info.actor.role}`)}
                </dd>
              </dl>
            </Section>
          ) : null}
        </div>
      </div>
    </div>
  );
}
