import { create } from 'zustand';
import type { Api } from '../../../src-main/core/contract';
import type { OutputOf } from '../../../src-main/core/method';
import { ApiError, send } from './client';

export type SystemInfo = OutputOf<Api, 'system.info'>;

type SessionState =
  | { status: 'checking' }
  | { status: 'signedOut' }
  | { status: 'ready'; info: SystemInfo }
  | { status: 'failed'; error: unknown };

interface SessionStore {
  state: SessionState;
  check(): Promise<void>;
  /** Every failed call passes through here: a 401 anywhere means the session is gone. */
  noteError(error: unknown): void;
}

export const isUnauthorized = (error: unknown) => error instanceof ApiError && error.code === 'unauthorized';

export const useSession = create<SessionStore>((set) => ({
  state: { status: 'checking' },
  async check() {
    set({ state: { status: 'checking' } });
    try {
      set({ state: { status: 'ready', info: await send('system.info', {}) } });
    } catch (error) {
      set({ state: isUnauthorized(error) ? { status: 'signedOut' } : { status: 'failed', error } });
    }
  },
  noteError(error) {
    if (isUnauthorized(error)) set({ state: { status: 'signedOut' } });
  },
}));

/**
 * Operators and administrators: they triage, dispatch and change shared settings; technicians read
 * (the table is in src-main/accounts/README.md). The hub enforces it; this only spares a refused click.
 */
export function useIsStaff(): boolean {
  return useSession((s) => s.state.status === 'ready' && s.state.info.actor.role !== 'technician');
}
