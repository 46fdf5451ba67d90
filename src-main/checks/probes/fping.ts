import { findExecutable, runBounded } from './child-process';
import { critical, timedOut, unknown, type LatencyThresholds } from './outcome';
import { parseFpingOutput, statsFromRtts } from './ping-parse';
import { isOptionLike, judgePingStats, judgeSilentPing, replyWaitMs } from './ping-verdict';
import type { ProbeResult } from './types';

export interface PingBatchOptions extends LatencyThresholds {
  /** Hard deadline for the whole batch; fping is killed when it passes. */
  timeoutMs: number;
  /** Echo requests per host; default 3. */
  count?: number;
  /** Gap between two requests to the same host; default 200 ms (fping's unprivileged minimum is 10). */
  intervalMs?: number;
}

// fping's unprivileged minimum between two packets to different hosts: keeps a big batch from flooding the LAN.
const GAP_BETWEEN_HOSTS_MS = 1;

/**
 * Pings many hosts with ONE fping process and judges each one (one result per distinct host).
 * Every host gets a result: "unknown" when fping is missing or fails, a timeout when it is killed.
 */
export async function pingBatch(hosts: string[], options: PingBatchOptions): Promise<Map<string, ProbeResult>> {
  const results = new Map<string, ProbeResult>();
  const targets: string[] = [];
  for (const host of new Set(hosts)) {
    if (isOptionLike(host)) results.set(host, unknown(`refusing to ping "${host}": it would be read as an option`));
    else targets.push(host);
  }
  if (targets.length === 0) return results;

  const fping = findExecutable('fping');
  if (!fping) return fillAll(results, targets, unknown('fping is not installed'));

  const count = options.count ?? 3;
  const intervalMs = options.intervalMs ?? 200;
  const roundMs = Math.max(intervalMs, targets.length * GAP_BETWEEN_HOSTS_MS);
  const sendingSpanMs = (count - 1) * roundMs + targets.length * GAP_BETWEEN_HOSTS_MS;
  const args = ['-C', String(count), '-q', '-t', String(replyWaitMs(options.timeoutMs, sendingSpanMs)), '-p', String(intervalMs), '-i', String(GAP_BETWEEN_HOSTS_MS), ...targets];
  // A result line is the host plus one short number per request; anything beyond that is noise.
  const maxOutputBytes = 16 * 1024 + targets.length * (256 + count * 16);
  const run = await runBounded(fping, args, options.timeoutMs, maxOutputBytes);

  if (run.spawnError) return fillAll(results, targets, unknown(`could not run fping: ${run.spawnError.message}`));
  if (run.timedOut) return fillAll(results, targets, timedOut(options.timeoutMs, 'waiting for fping'));
  const parsed = parseFpingOutput(run.stderr);
  for (const host of targets) {
    const outcome = parsed.get(host);
    if (Array.isArray(outcome)) results.set(host, judgePingStats(host, statsFromRtts(outcome), options, 'fping'));
    else if (outcome !== undefined) results.set(host, critical(`${host}: ${outcome}`, { engine: 'fping' }));
    else results.set(host, judgeSilentPing(host, run.stderr, 'fping'));
  }
  return results;
}

function fillAll(results: Map<string, ProbeResult>, hosts: string[], result: ProbeResult): Map<string, ProbeResult> {
  for (const host of hosts) results.set(host, { ...result });
  return results;
}
