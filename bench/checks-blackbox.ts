import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchTarget, KEYWORD } from './check-targets';

export const BLACKBOX = '/usr/bin/prometheus-blackbox-exporter';

// The same two probes Presidio runs: a TCP connect, and an HTTP GET whose body must hold the keyword.
const config = `modules:
  tcp:
    prober: tcp
    timeout: 3s
    tcp:
      preferred_ip_protocol: ip4
  http_keyword:
    prober: http
    timeout: 3s
    http:
      preferred_ip_protocol: ip4
      fail_if_body_not_matches_regexp: ["${KEYWORD}"]
`;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const fetchText = (agent: Agent, url: string) =>
  new Promise<string>((resolve, reject) => {
    get(url, { agent }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve(text));
    }).on('error', reject);
  });

/**
 * Prometheus blackbox_exporter against the same targets: one /probe request per check, at most
 * `concurrency` in flight, for at most `seconds`. Returns its probes per second, or null when the
 * exporter is not installed.
 */
export async function blackboxProbesPerSecond(checks: number, concurrency: number, seconds: number): Promise<{ perSecond: number; succeeded: number; done: number } | null> {
  if (!existsSync(BLACKBOX)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'presidio-blackbox-'));
  writeFileSync(join(dir, 'blackbox.yml'), config);
  const port = await freePort();
  const exporter = spawn(BLACKBOX, [`--config.file=${join(dir, 'blackbox.yml')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=error'], { stdio: 'ignore' });
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      try {
        await fetchText(agent, `${base}/`);
        break;
      } catch (error) {
        if (tries > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    let next = 0;
    let done = 0;
    let succeeded = 0;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const worker = async () => {
      while (next < checks && performance.now() < deadline) {
        const target = benchTarget(next++);
        const query = target.kind === 'tcp' ? `module=tcp&target=${target.host}:${target.port}` : `module=http_keyword&target=${encodeURIComponent(target.url)}`;
        const metrics = await fetchText(agent, `${base}/probe?${query}`);
        done++;
        if (/^probe_success 1$/m.test(metrics)) succeeded++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return { perSecond: done / ((performance.now() - started) / 1000), succeeded, done };
  } finally {
    agent.destroy();
    exporter.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
