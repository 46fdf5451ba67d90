import { useEffect } from 'react';
import { navigate } from './router';

/** True when a key press belongs to what has focus: typing, a dialog, or a menu. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || Boolean(target.closest('dialog'));
}

const goTo: Record<string, string> = { c: '#/clients', d: '#/devices', h: '#/health', m: '#/my-day', t: '#/tasks', p: '#/plans', s: '#/settings' };

/**
 * Global keys, Linear-style: Ctrl/Cmd+K or "/" focus the search box; "g" then c/d/m/t/p/h/s goes to
 * Clients, Devices, My day, Tasks, Plans, Health or Settings. Views add their own keys (↑/↓, Enter, "n") on top.
 */
export function useGlobalShortcuts(focusSearch: () => void): void {
  useEffect(() => {
    let pendingG = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        focusSearch();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      if (event.key === '/') {
        event.preventDefault();
        focusSearch();
      } else if (event.key === 'g') {
        pendingG = event.timeStamp;
      } else if (pendingG && event.timeStamp - pendingG < 1000 && goTo[event.key]) {
        pendingG = 0;
        navigate(goTo[event.key]!);
      } else {
        pendingG = 0;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [focusSearch]);
}

/** A single-key shortcut for the view on screen (e.g. "n" for new), silent while typing or in a dialog. */
export function useKey(key: string, action: (() => void) | null): void {
  useEffect(() => {
    if (!action) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== key || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key, action]);
}
