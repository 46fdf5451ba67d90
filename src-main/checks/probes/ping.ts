import { findExecutable, runBounded } from './child-process';
import { timedOut, unknown } from './outcome';
import { pingBatch } from './fping';
import { parsePingOutput, type PingPlatform } from './ping-parse';
import { isOptionLike, judgePingStats, judgeSilentPing, replyWaitMs } from './ping-verdict';
import type { PingProbeConfig, ProbeResult } from './types';

const MAX_OUTPUT_BYTES = 64 * 1024;
// Windows ping has no interval option: it always waits a second between requests.
const WINDOWS_INTERVAL_MS = 1000;

export async function probePing(config: PingProbeConfig): Promise<ProbeResult> {
  const engine = config.engine ?? 'auto';
  if (engine === 'fping' || (engine === 'auto' && findExecutable('fping') !== null)) {
    const results = await pingBatch([config.host], config);
    return results.get(config.host)!;
  }
  return systemPing(config);
}

async function systemPing(config: PingProbeConfig): Promise<ProbeResult> {
  if (isOptionLike(config.host)) return unknown(`refusing to ping "${config.host}": it would be read as an option`);
  const platform = pingPlatform();
  const command = systemPingCommand(config, platform);
  const binary = findExecutable(command.file);
  if (!binary) return unknown(`${command.file} is not installed`);
  const run = await runBounded(binary, command.args, config.timeoutMs, MAX_OUTPUT_BYTES);
  if (run.spawnError) return unknown(`could not run ${command.file}: ${run.spawnError.message}`);
  if (run.timedOut) return timedOut(config.timeoutMs, `pinging ${config.host}`);
  const stats = parsePingOutput(run.stdout, platform);
  return stats ? judgePingStats(config.host, stats, config, 'system') : judgeSilentPing(config.host, `${run.stderr}\n${run.stdout}`, 'system');
}

function pingPlatform(): PingPlatform {
  if (process.platform === 'win32' || process.platform === 'darwin') return process.platform;
  return 'linux';
}

/** The system ping's own options, chosen so that it stops, and prints its statistics, before the deadline. */
function systemPingCommand(config: PingProbeConfig, platform: PingPlatform): { file: string; args: string[] } {
  const count = config.count ?? 3;
  const intervalMs = platform === 'win32' ? WINDOWS_INTERVAL_MS : (config.intervalMs ?? 200);
  const waitMs = replyWaitMs(config.timeoutMs, (count - 1) * intervalMs);
  switch (platform) {
    case 'win32':
      return { file: 'ping', args: ['-n', String(count), '-w', String(waitMs), config.host] };
    case 'darwin':
      // macOS keeps IPv6 in a separate binary, whose options lack the reply wait.
      return config.host.includes(':')
        ? { file: 'ping6', args: ['-n', '-c', String(count), '-i', seconds(intervalMs), config.host] }
        : { file: 'ping', args: ['-n', '-c', String(count), '-i', seconds(intervalMs), '-W', String(waitMs), config.host] };
    case 'linux':
      return { file: 'ping', args: ['-n', '-c', String(count), '-i', seconds(intervalMs), '-W', seconds(waitMs), config.host] };
  }
}

function seconds(ms: number): string {
  return String(ms / 1000);
}
