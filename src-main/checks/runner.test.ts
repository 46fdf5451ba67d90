import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProbeConfig, ProbeResult } from './probes';
import { findExecutable } from './probes/child-process';
import { Runner } from './runner';
import type { FromRunner, OneOffResult, RunnerCheck, RunnerResult } from './runner-protocol';

const tcpCheck = (id: string, intervalMs: number, host = `10.0.0.${id.length}`): RunnerCheck => ({
  id,
  intervalMs,
  probe: { kind: 'tcp', host, port: 22, timeoutMs: 5000 },
});

const answer = (latencyMs: number): ProbeResult => ({ status: 'ok', latencyMs, message: 'fine' });

function start(probe: (config: ProbeConfig) => Promise<ProbeResult>, options: { batchSize?: number } = {}) {
  const posts: FromRunner[] = [];
  const runner = new Runner({ post: (message) => posts.push(message), probe, batchPings: false, batchMs: 200, ...options });
  const results = () => posts.flatMap((post) => (post.type === 'results' ? post.results : []));
  return { runner, posts, results };
}

let stopped: Runner[] = [];
afterEach(() => {
  stopped.forEach((runner) => runner.stop());
  stopped = [];
  vi.useRealTimers();
});

describe('runner', () => {
  it('runs each check on its rhythm and sends the results in batches', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-02T10:00:00Z') });
    const { runner, posts, results } = start(async () => answer(1));
    stopped.push(runner);
    runner.handle({ type: 'checks', replaceAll: true, upsert: Array.from({ length: 10 }, (_, i) => tcpCheck(`chk_${i}`, 1000)), remove: [] });
    await vi.advanceTimersByTimeAsync(10_000);

    const byCheck = new Map<string, RunnerResult[]>();
    for (const result of results()) byCheck.set(result.checkId, [...(byCheck.get(result.checkId) ?? []), result]);
    expect(byCheck.size).toBe(10);
    for (const runs of byCheck.values()) {
      expect(runs.length).toBeGreaterThanOrEqual(9);
      runs.slice(1).forEach((run, k) => expect(run.at - runs[k]!.at).toBe(1000));
    }
    // About 100 results in 10 s reach the core in a few dozen messages, not one each.
    expect(posts.length).toBeLessThanOrEqual(10_000 / 200 + 1);
    const last = posts.at(-1)!;
    expect(last.type === 'results' && last.counters.checks).toBe(10);
  });

  it('sends a batch as soon as it is full', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-02T10:00:00Z') });
    const { runner, posts } = start(async () => answer(1), { batchSize: 4 });
    stopped.push(runner);
    runner.handle({ type: 'checks', replaceAll: false, upsert: Array.from({ length: 8 }, (_, i) => tcpCheck(`new_${i}`, 60_000)), remove: [] });
    await vi.advanceTimersByTimeAsync(1);
    expect(posts.map((post) => post.type === 'results' && post.results.length)).toEqual([4, 4]);
  });

  it('never starts a check again while its probe is still running', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-02T10:00:00Z') });
    let inFlight = 0;
    let mostInFlight = 0;
    const { runner, posts, results } = start(
      () =>
        new Promise((resolve) => {
          mostInFlight = Math.max(mostInFlight, ++inFlight);
          setTimeout(() => {
            inFlight--;
            resolve(answer(2500));
          }, 2500);
        }),
    );
    stopped.push(runner);
    runner.handle({ type: 'checks', replaceAll: true, upsert: [tcpCheck('slow', 1000)], remove: [] });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(mostInFlight).toBe(1);
    const ats = results().map((r) => r.at);
    expect(ats.length).toBeGreaterThanOrEqual(6);
    ats.slice(1).forEach((at, k) => expect(at - ats[k]!).toBe(3000));
    const last = posts.at(-1)!;
    expect(last.type === 'results' && last.counters.skipped).toBeGreaterThan(0);
  });

  it('answers a run-now on a running check with that run, and runs unsaved checks with full details', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-02T10:00:00Z') });
    const { runner, posts } = start(
      (config) =>
        new Promise((resolve) =>
          setTimeout(() => resolve({ ...answer(500), details: { port: config.kind === 'tcp' ? config.port : null } }), 500),
        ),
    );
    stopped.push(runner);
    runner.handle({ type: 'checks', replaceAll: false, upsert: [tcpCheck('busy', 60_000)], remove: [] });
    await vi.advanceTimersByTimeAsync(100);
    runner.handle({ type: 'run', requestId: 7, runs: [{ checkId: 'busy', probe: tcpCheck('busy', 60_000).probe }, { checkId: null, probe: { kind: 'tcp', host: '10.9.9.9', port: 443, timeoutMs: 1000 } }] });
    await vi.advanceTimersByTimeAsync(1000);
    const ran = posts.find((post): post is Extract<FromRunner, { type: 'ran' }> => post.type === 'ran')!;
    expect(ran.requestId).toBe(7);
    const [busy, unsaved] = ran.results as [OneOffResult, OneOffResult];
    expect(busy).toMatchObject({ checkId: 'busy', recorded: true });
    expect(unsaved).toMatchObject({ checkId: '', recorded: false, details: { port: 443 } });
    const scheduled = posts.flatMap((post) => (post.type === 'results' ? post.results : []));
    expect(scheduled).toEqual([expect.objectContaining({ checkId: 'busy', at: busy.at })]);
    expect(scheduled[0]!.details).toBeUndefined();
  });

  it.skipIf(findExecutable('fping') === null)('sends due ping checks together through fping (127.0.0.1 only)', async () => {
    const posts: FromRunner[] = [];
    const runner = new Runner({
      post: (message) => posts.push(message),
      batchPings: true,
      batchMs: 50,
      probe: () => Promise.reject(new Error('pings must go through fping, not one probe each')),
    });
    stopped.push(runner);
    const pings: RunnerCheck[] = ['a', 'b', 'c'].map((id) => ({ id, intervalMs: 60_000, probe: { kind: 'ping', host: '127.0.0.1', count: 1, timeoutMs: 2000 } }));
    runner.handle({ type: 'checks', replaceAll: false, upsert: pings, remove: [] });
    await vi.waitFor(() => expect(posts.flatMap((post) => (post.type === 'results' ? post.results : []))).toHaveLength(3), { timeout: 10_000 });
    for (const result of posts.flatMap((post) => (post.type === 'results' ? post.results : []))) {
      expect(result).toMatchObject({ status: 'ok', message: expect.stringContaining('127.0.0.1: 0% loss') });
    }
  });
});
