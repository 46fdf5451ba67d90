import { roundMs } from './outcome';

export type PingPlatform = 'linux' | 'darwin' | 'win32';

export interface PingStats {
  transmitted: number;
  received: number;
  lossPercent: number;
  rttMinMs: number | null;
  rttAvgMs: number | null;
  rttMaxMs: number | null;
}

// iputils and BSD/macOS print the same summary, give or take the word "packets" and the 4th statistic.
const UNIX_COUNTS = /(\d+) packets transmitted, (\d+) (?:packets )?received/;
const UNIX_RTT = /(?:rtt|round-trip) min\/avg\/max(?:\/(?:mdev|stddev))? = ([\d.]+)\/([\d.]+)\/([\d.]+)/;
const WINDOWS_COUNTS = /Sent = (\d+), Received = (\d+)/;
const WINDOWS_RTT = /Minimum = (\d+)ms, Maximum = (\d+)ms, Average = (\d+)ms/;
// Windows counts "Destination host unreachable" answers as received; only echo replies carry a time.
const WINDOWS_ECHO_REPLY = /^Reply from .*time[=<]\s*\d+\s*ms/gim;
const FPING_RTTS = /^(\S+)\s+:((?:\s+(?:-|[\d.]+))+)\s*$/;
const FPING_FAILURE = /^(\S+): (.+)$/;

/** Reads the summary of a finished system ping run; null when there is none (killed, or an error). */
export function parsePingOutput(text: string, platform: PingPlatform): PingStats | null {
  return platform === 'win32' ? parseWindows(text) : parseUnix(text);
}

function parseUnix(text: string): PingStats | null {
  const counts = UNIX_COUNTS.exec(text);
  if (!counts) return null;
  const rtt = UNIX_RTT.exec(text);
  return stats(Number(counts[1]), Number(counts[2]), rtt && [Number(rtt[1]), Number(rtt[2]), Number(rtt[3])]);
}

function parseWindows(text: string): PingStats | null {
  const counts = WINDOWS_COUNTS.exec(text);
  if (!counts) return null;
  const echoReplies = text.match(WINDOWS_ECHO_REPLY)?.length ?? 0;
  const received = Math.min(Number(counts[2]), echoReplies);
  const rtt = received > 0 ? WINDOWS_RTT.exec(text) : null;
  return stats(Number(counts[1]), received, rtt && [Number(rtt[1]), Number(rtt[3]), Number(rtt[2])]);
}

/** Builds the stats of one host from its individual round trips; null entries are lost packets. */
export function statsFromRtts(rtts: (number | null)[]): PingStats {
  const replies = rtts.filter((rtt): rtt is number => rtt !== null);
  const summary: [number, number, number] | null =
    replies.length === 0 ? null : [Math.min(...replies), replies.reduce((sum, rtt) => sum + rtt, 0) / replies.length, Math.max(...replies)];
  return stats(rtts.length, replies.length, summary);
}

function stats(transmitted: number, received: number, minAvgMax: [number, number, number] | null): PingStats {
  const lossPercent = transmitted === 0 ? 100 : Math.max(0, Math.round((1 - received / transmitted) * 1000) / 10);
  const [min, avg, max] = minAvgMax ?? [null, null, null];
  return { transmitted, received, lossPercent, rttMinMs: round(min), rttAvgMs: round(avg), rttMaxMs: round(max) };
}

function round(ms: number | null): number | null {
  return ms === null ? null : roundMs(ms);
}

/**
 * Reads `fping -C N -q` (stderr): "host : 0.04 - 0.05" per host, "-" for a lost packet, and
 * "host: reason" for a host fping could not ping at all. Lines about other hosts are ignored.
 */
export function parseFpingOutput(text: string): Map<string, (number | null)[] | string> {
  const results = new Map<string, (number | null)[] | string>();
  for (const line of text.split('\n')) {
    const rtts = FPING_RTTS.exec(line);
    if (rtts) {
      results.set(rtts[1]!, rtts[2]!.trim().split(/\s+/).map((value) => (value === '-' ? null : Number(value))));
      continue;
    }
    const failure = FPING_FAILURE.exec(line);
    if (failure && !results.has(failure[1]!)) results.set(failure[1]!, failure[2]!.trim());
  }
  return results;
}
