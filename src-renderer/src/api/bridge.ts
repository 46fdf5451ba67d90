import type { ErrorBody } from '../../../src-main/core/errors';

/**
 * The core's change events, as src-main/core/worker-protocol.ts declares them (the renderer may
 * import only the contract, so the shape is repeated here; the hub's SSE stream carries the same).
 */
export type CoreEvent =
  | { type: 'health.changed'; checkIds: string[]; deviceIds: string[]; truncated: boolean }
  | { type: 'checks.results'; checkIds: string[]; deviceIds: string[]; truncated: boolean }
  | { type: 'alerts.changed'; alertIds: string[]; truncated: boolean };

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
