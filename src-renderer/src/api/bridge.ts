import type { ErrorBody } from '../../../src-main/core/errors';
import type { CoreEvent } from '../../../src-main/core/events';

export type { CoreEvent };

/** What the Electron preload exposes as `window.presidio`: one narrow door into the core. */
export interface PresidioBridge {
  invoke(method: string, input: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: ErrorBody }>;
  /** The core's change events; returns the unsubscribe. */
  onEvent(listener: (event: CoreEvent) => void): () => void;
}

declare global {
  interface Window {
    presidio?: PresidioBridge;
  }
}
