import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { translateMessage } from '../i18n/validation';

/** A failed call in the user's language: known codes get a sentence, the rest the core's own words. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'not_found') return t('errors.notFound');
    if (error.code === 'forbidden') return t('errors.forbidden');
    return translateMessage(t, error.message);
  }
  if (error instanceof TypeError) return t('errors.network');
  return error instanceof Error ? error.message : t('errors.unknown');
}
