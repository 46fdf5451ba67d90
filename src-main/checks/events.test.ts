import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoreEvent } from '../core/worker-protocol';
import { EventCoalescer } from './events';

afterEach(() => vi.useRealTimers());

describe('event coalescer', () => {
  it('sends at most one event of each kind per 250 ms, with every id gathered meanwhile', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const events: CoreEvent[] = [];
    const coalescer = new EventCoalescer((event) => events.push(event));
    for (let i = 0; i < 100; i++) {
      coalescer.resultsAdded([`chk_${i % 10}`], ['dev_1']);
      coalescer.healthChanged([`chk_${i % 3}`], []);
      await vi.advanceTimersByTimeAsync(10);
    }
    coalescer.alertsChanged(['alert_1']);
    await vi.advanceTimersByTimeAsync(1000);
    coalescer.close();

    const resultEvents = events.filter((e) => e.type === 'checks.results');
    // 1 s of changes: four or five events, not a hundred.
    expect(resultEvents.length).toBeLessThanOrEqual(5);
    expect(new Set(resultEvents.flatMap((e) => (e.type === 'checks.results' ? e.checkIds : [])))).toEqual(new Set(Array.from({ length: 10 }, (_, i) => `chk_${i}`)));
    expect(events.filter((e) => e.type === 'health.changed').length).toBeLessThanOrEqual(5);
    expect(events.filter((e) => e.type === 'alerts.changed')).toEqual([{ type: 'alerts.changed', alertIds: ['alert_1'], truncated: false }]);
  });

  it('says "truncated" instead of sending more than 1,000 ids, or when told everything changed', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const events: CoreEvent[] = [];
    const coalescer = new EventCoalescer((event) => events.push(event));
    coalescer.resultsAdded(Array.from({ length: 5000 }, (_, i) => `chk_${i}`), []);
    await vi.advanceTimersByTimeAsync(300);
    coalescer.healthChanged([], [], true);
    await vi.advanceTimersByTimeAsync(300);
    coalescer.close();
    expect(events[0]).toMatchObject({ type: 'checks.results', truncated: true });
    expect(events[0]!.type === 'checks.results' && events[0]!.checkIds.length).toBe(1000);
    expect(events[1]).toEqual({ type: 'health.changed', checkIds: [], deviceIds: [], truncated: true });
  });
});
