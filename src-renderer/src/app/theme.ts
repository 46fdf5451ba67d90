import { create } from 'zustand';

export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];

const storageKey = 'presidio.theme';
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function stored(): ThemePreference {
  const value = localStorage.getItem(storageKey);
  return value === 'light' || value === 'dark' ? value : 'system';
}

function apply(preference: ThemePreference): void {
  const theme = preference === 'system' ? (darkQuery.matches ? 'dark' : 'light') : preference;
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

export const useTheme = create<{ preference: ThemePreference; setPreference(preference: ThemePreference): void }>((set) => ({
  preference: stored(),
  setPreference(preference) {
    localStorage.setItem(storageKey, preference);
    apply(preference);
    set({ preference });
  },
}));

/** Applies the theme before the first render (no light flash in a dark room) and follows the OS while on "system". */
export function initTheme(): void {
  apply(useTheme.getState().preference);
  darkQuery.addEventListener('change', () => apply(useTheme.getState().preference));
}
