import { spawn } from 'node:child_process';
import { percentile, type Report } from './report';
import { fileURLToPath } from 'node:url';

const hubScript = fileURLToPath(new URL('../out/main/hub.js', import.meta.url));

/** From spawning the hub process to its first answer (health, over HTTP), on a data folder that already holds the fleet. */
export async function benchColdStart(dataDir: string, report: Report, port: number): Promise<void> {
  const samples: number[] = [];
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    const child = spawn(process.execPath, [hubScript, '--port', String(port), '--data', dataDir], { stdio: 'ignore', env: { ...process.env, PRESIDIO_LOG: 'warn' } });
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
        if (response.ok) break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      if (performance.now() - started > 15_000) throw new Error('hub did not answer within 15 s');
    }
    samples.push(performance.now() - started);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  report.add({ name: 'hub cold start to first answer (median of 5)', value: percentile(samples, 50), unit: 'ms', target: '< 1000' });
}
