import type { InternalRequest } from '../accounts/internal';
import type { Actor } from './actor';
import type { ErrorBody } from './errors';
import type { CoreEvent } from './events';

export type { CoreEvent };

export interface CoreOptions {
  databaseFile: string;
  instance: 'desktop' | 'hub';
  version: string;
  nativeBinding?: string;
}

export interface CallRequest {
  id: number;
  method: string;
  input: unknown;
  actor: Actor;
}

/** A host's own request (sign-in, sessions): not an API method, so no caller of the API can send it. */
export interface InternalCall {
  id: number;
  internal: InternalRequest;
}

export type WorkerMessage =
  | { type: 'ready'; nodeId: string }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'error'; id: number; error: ErrorBody }
  | { type: 'event'; event: CoreEvent };
