import type { ProbeResult, ProbeStatus } from './types';

export interface LatencyThresholds {
  warnMs?: number;
  critMs?: number;
}

const severity: Record<ProbeStatus, number> = { ok: 0, warning: 1, unknown: 2, critical: 3 };

export function worstStatus(a: ProbeStatus, b: ProbeStatus): ProbeStatus {
  return severity[a] >= severity[b] ? a : b;
}

/** Rounded to the microsecond: more digits are noise, and they bloat stored results. */
export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

export function msSince(startedAt: number): number {
  return roundMs(performance.now() - startedAt);
}

export function latencyStatus(latencyMs: number, thresholds: LatencyThresholds): ProbeStatus {
  if (thresholds.critMs !== undefined && latencyMs > thresholds.critMs) return 'critical';
  if (thresholds.warnMs !== undefined && latencyMs > thresholds.warnMs) return 'warning';
  return 'ok';
}

/** The verdict for a probe that succeeded: ok unless it was slower than the thresholds. */
export function judgeLatency(
  latencyMs: number,
  thresholds: LatencyThresholds,
  message: string,
  details?: Record<string, unknown>,
): ProbeResult {
  const status = latencyStatus(latencyMs, thresholds);
  const limit = status === 'critical' ? thresholds.critMs : status === 'warning' ? thresholds.warnMs : undefined;
  const fullMessage = limit === undefined ? message : `${message} (slower than the ${status} threshold of ${limit} ms)`;
  return withDetails({ status, latencyMs, message: fullMessage }, details);
}

export function critical(message: string, details?: Record<string, unknown>, latencyMs: number | null = null): ProbeResult {
  return withDetails({ status: 'critical', latencyMs, message }, details);
}

export function unknown(message: string, details?: Record<string, unknown>): ProbeResult {
  return withDetails({ status: 'unknown', latencyMs: null, message }, details);
}

export function timedOut(timeoutMs: number, doing?: string, details?: Record<string, unknown>): ProbeResult {
  return critical(`timed out after ${timeoutMs} ms${doing ? ` ${doing}` : ''}`, details);
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Settles a probe exactly once — with its own verdict or, when the deadline passes first, with a
 * timeout — and then runs the probe's cleanup, so a target that never answers cannot keep sockets
 * or children alive. `start` returns that cleanup; `describeTimeout` says what the probe was waiting for.
 */
export function runWithDeadline(
  timeoutMs: number,
  start: (settle: (result: ProbeResult) => void) => () => void,
  describeTimeout?: () => { doing?: string; details?: Record<string, unknown> },
): Promise<ProbeResult> {
  return new Promise((resolve) => {
    let settled = false;
    let cleanup: (() => void) | undefined;
    const settle = (result: ProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      cleanup?.();
      resolve(result);
    };
    const timer = setTimeout(() => {
      const waitingFor = describeTimeout?.();
      settle(timedOut(timeoutMs, waitingFor?.doing, waitingFor?.details));
    }, timeoutMs);
    try {
      cleanup = start(settle);
    } catch (error) {
      settle(unknown(`probe could not start: ${errorText(error)}`));
    }
    if (settled) cleanup?.();
  });
}

function withDetails(result: ProbeResult, details: Record<string, unknown> | undefined): ProbeResult {
  if (details) result.details = details;
  return result;
}
