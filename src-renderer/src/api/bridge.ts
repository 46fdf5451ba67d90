import type { ErrorBody } from '../../../src-main/core/errors';

/** What the Electron preload exposes as `window.presidio`: one narrow door into the core. */
export interface PresidioBridge {
  invoke(method: string, input: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: ErrorBody }>;
}

declare global {
  interface Window {
    presidio?: PresidioBridge;
  }
}
