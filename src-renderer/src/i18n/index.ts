import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { it } from './it';

export const languages = ['en', 'it'] as const;
export type Language = (typeof languages)[number];
/** Each language names itself, so a user who cannot read the current one still finds theirs. */
export const languageNames: Record<Language, string> = { en: 'English', it: 'Italiano' };

const storageKey = 'presidio.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (stored === 'en' || stored === 'it') return stored;
  return navigator.language.toLowerCase().startsWith('it') ? 'it' : 'en';
}

export function initI18n(): void {
  const lng = initialLanguage();
  document.documentElement.lang = lng;
  // Resources are bundled, so initialisation is synchronous and the first render is translated.
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, it: { translation: it } },
    lng,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
}

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}
