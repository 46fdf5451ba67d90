import { probeDns } from './dns';
import { probeHttp } from './http';
import { probePing } from './ping';
import { probeTcp } from './tcp';
import { probeTls } from './tls';
import type { ProbeConfig, ProbeResult } from './types';

export type * from './types';
export { pingBatch, type PingBatchOptions } from './fping';
export { parsePingOutput, type PingPlatform, type PingStats } from './ping-parse';
export { probeDns, probeHttp, probePing, probeTcp, probeTls };

/** Runs one probe; it always resolves, within the config's timeoutMs, and never rejects. */
export function runProbe(config: ProbeConfig): Promise<ProbeResult> {
  switch (config.kind) {
    case 'tcp':
      return probeTcp(config);
    case 'http':
      return probeHttp(config);
    case 'tls':
      return probeTls(config);
    case 'dns':
      return probeDns(config);
    case 'ping':
      return probePing(config);
  }
}
