import { critical, judgeLatency, unknown, worstStatus, type LatencyThresholds } from './outcome';
import type { PingStats } from './ping-parse';
import type { ProbeResult } from './types';

export type PingEngineUsed = 'fping' | 'system';

const MIN_REPLY_WAIT_MS = 10;
// Past this an echo reply is as good as lost, whatever the deadline would allow.
const MAX_REPLY_WAIT_MS = 5000;
const UNRESOLVABLE = /unknown host|name or service not known|cannot resolve|could not find host|failure in name resolution|no address associated/i;

/** 100% loss is critical, any loss at least a warning; otherwise the average round trip meets the thresholds. */
export function judgePingStats(host: string, stats: PingStats, thresholds: LatencyThresholds, engine: PingEngineUsed): ProbeResult {
  const details = { engine, ...stats };
  if (stats.received === 0) return critical(`no reply from ${host} (${stats.transmitted} sent, 100% loss)`, details);
  const summary = `${host}: ${stats.lossPercent}% loss, average round trip ${stats.rttAvgMs ?? '?'} ms`;
  const result =
    stats.rttAvgMs === null ? { status: 'ok' as const, latencyMs: null, message: summary, details } : judgeLatency(stats.rttAvgMs, thresholds, summary, details);
  if (stats.lossPercent > 0) result.status = worstStatus(result.status, 'warning');
  return result;
}

/** A ping that printed no statistics: a name that does not resolve is the target's fault, anything else ours. */
export function judgeSilentPing(host: string, output: string, engine: PingEngineUsed): ProbeResult {
  const firstLine = output.trim().split('\n')[0] || 'no output';
  if (UNRESOLVABLE.test(output)) return critical(`cannot resolve ${host}: ${firstLine}`, { engine });
  return unknown(`${engine === 'fping' ? 'fping' : 'ping'} gave no result for ${host}: ${firstLine}`, { engine });
}

/** How long to wait for the last reply so that the whole run, process start-up included, ends before the deadline. */
export function replyWaitMs(timeoutMs: number, sendingSpanMs: number): number {
  const startupAllowanceMs = Math.min(200, timeoutMs / 10);
  return Math.round(Math.min(MAX_REPLY_WAIT_MS, Math.max(MIN_REPLY_WAIT_MS, timeoutMs - sendingSpanMs - startupAllowanceMs)));
}

/** Hosts reach the command line of ping/fping; one starting with "-" would be read as an option. */
export function isOptionLike(host: string): boolean {
  return host.startsWith('-');
}
