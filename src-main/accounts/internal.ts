import type { Actor } from '../core/actor';
import type { Store } from '../store/store';
import { ensureLocalAccount } from './local-account';
import { endSession, openSession, sessionActor, signIn } from './sessions';

/**
 * What only the hosts may ask of the core, never a caller of the API: checking a password,
 * opening and ending browser sessions, the desktop user's account. It travels as its own worker
 * message (see worker-protocol.ts), so it is not an API method and not in the OpenAPI document.
 */
export type InternalRequest =
  | { op: 'signIn'; login: string; password: string }
  | { op: 'openSession'; accountId: string | null }
  | { op: 'sessionActor'; session: string }
  | { op: 'endSession'; session: string }
  | { op: 'localActor'; userName: string };

export interface InternalResults {
  signIn: { session: string; actor: Actor } | null;
  openSession: string;
  sessionActor: Actor | null;
  endSession: null;
  localActor: Actor;
}

export type InternalResult<R extends InternalRequest> = InternalResults[R['op']];

export function runInternal(store: Store, request: InternalRequest, now: () => Date): Promise<unknown> | unknown {
  switch (request.op) {
    case 'signIn':
      return signIn(store, request.login, request.password, now);
    case 'openSession':
      return store.write((tx) => openSession(tx, request.accountId, now()));
    case 'sessionActor':
      return sessionActor(store.read, request.session, now());
    case 'endSession':
      return store.write((tx) => {
        endSession(tx, request.session);
        return null;
      });
    case 'localActor':
      return store.write((tx) => ensureLocalAccount(tx, request.userName, now()));
  }
}
