import { useEffect, useRef } from 'react';
import type { CoreEvent } from './bridge';

export type { CoreEvent };
export type CoreEventType = CoreEvent['type'];
type Listener = (event: CoreEvent) => void;

const eventTypes: CoreEventType[] = ['health.changed', 'checks.results', 'alerts.changed', 'tasks.changed'];
const listeners = new Set<Listener>();
let detach: (() => void) | null = null;

const dispatch = (event: CoreEvent) => {
  for (const listener of [...listeners]) listener(event);
};

/** One connection for the whole page, opened with the first listener and closed with the last. */
function attach(): () => void {
  if (window.presidio?.onEvent) return window.presidio.onEvent(dispatch);
  if (typeof EventSource === 'undefined') return () => {};
  // The browser reconnects on its own (the hub sends `retry:`); the session cookie goes along.
  const source = new EventSource('/api/v1/events', { withCredentials: true });
  const relay = (message: MessageEvent<string>) => {
    try {
      dispatch(JSON.parse(message.data) as CoreEvent);
    } catch {
      // not ours
    }
  };
  for (const type of eventTypes) source.addEventListener(type, relay);
  return () => source.close();
}

/** Hears the core's change events, over IPC in the desktop window or SSE in a browser. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  detach ??= attach();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && detach) {
      detach();
      detach = null;
    }
  };
}

/** Whether an event may change what a view about `deviceId` (or the whole fleet) shows. */
export function concerns(event: CoreEvent, deviceId?: string, checkIds?: readonly string[]): boolean {
  if (event.type === 'alerts.changed' || event.type === 'tasks.changed') return true;
  if (deviceId === undefined) return true;
  if (event.truncated) return true;
  return event.deviceIds.includes(deviceId) || (checkIds ?? []).some((id) => event.checkIds.includes(id));
}

/** Whether a `tasks.changed` event may change what a view of these tasks or plans (or of all) shows. */
export function concernsTasks(event: CoreEvent, ids: { taskId?: string; planId?: string } = {}): boolean {
  if (event.type !== 'tasks.changed') return false;
  if (event.truncated || (ids.taskId === undefined && ids.planId === undefined)) return true;
  return (ids.taskId !== undefined && event.taskIds.includes(ids.taskId)) || (ids.planId !== undefined && event.planIds.includes(ids.planId));
}

/**
 * Calls `reload` when a relevant event arrives, at most once per `minGapMs` (events come at most
 * four a second per kind; a view with several queries need not refetch for each). No polling.
 */
export function useLiveReload(reload: () => void, types: readonly CoreEventType[], filter: (event: CoreEvent) => boolean = () => true, minGapMs = 500): void {
  const latest = useRef({ reload, filter });
  latest.current = { reload, filter };
  const typesKey = types.join(',');
  useEffect(() => {
    const wanted = new Set(typesKey.split(','));
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe((event) => {
      if (!wanted.has(event.type) || !latest.current.filter(event)) return;
      if (timer) return;
      const wait = Math.max(0, last + minGapMs - Date.now());
      timer = setTimeout(() => {
        timer = undefined;
        last = Date.now();
        latest.current.reload();
      }, wait);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [typesKey, minGapMs]);
}
