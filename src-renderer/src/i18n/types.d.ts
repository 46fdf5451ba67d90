import 'i18next';
import type { Messages } from './en';

// Typed keys: a misspelt or missing translation key fails the type check instead of showing up raw.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages };
  }
}
