import { connect } from 'node:net';
import { critical, errorCode, errorText, judgeLatency, msSince, runWithDeadline } from './outcome';
import type { ProbeResult, TcpProbeConfig } from './types';

export function probeTcp(config: TcpProbeConfig): Promise<ProbeResult> {
  return runWithDeadline(
    config.timeoutMs,
    (settle) => {
      const startedAt = performance.now();
      const socket = connect({ host: config.host, port: config.port });
      socket.once('connect', () => {
        const latencyMs = msSince(startedAt);
        settle(judgeLatency(latencyMs, config, `connected to ${config.host}:${config.port} in ${latencyMs} ms`, {
          remoteAddress: socket.remoteAddress,
        }));
      });
      socket.on('error', (error) => {
        const code = errorCode(error);
        const reason = code === 'ECONNREFUSED' ? 'connection refused' : errorText(error);
        settle(critical(`${config.host}:${config.port}: ${reason}`, { errorCode: code }));
      });
      // After a successful connect, closing with RST keeps thousands of probes a minute from piling
      // up TIME_WAIT sockets; while still connecting, a plain destroy abandons the attempt at once.
      return () => (socket.readyState === 'open' ? socket.resetAndDestroy() : socket.destroy());
    },
    () => ({ doing: `connecting to ${config.host}:${config.port}` }),
  );
}
