// Rough timing, not a test: an SLA policy preview (response + resolution due times for P1-P4 from one
// start) must stay under 2 ms at p95. Run: npx tsx src-main/sla/business-time-perf.ts
import { addBusinessMinutes, businessMinutesBetween } from './business-time';
import type { BusinessCalendar } from './calendar';

const calendar: BusinessCalendar = {
  timezone: 'Europe/Rome',
  hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '09:00', end: '13:00' },
    { weekday, start: '14:00', end: '18:00' },
  ]),
  holidays: { italian: true, dates: ['2026-08-14', '2026-12-24', '2026-12-31'] },
};
// Minutes: P1..P4 response, then resolution (P4 resolution is 10 business days).
const TARGETS = [30, 60, 240, 480, 240, 480, 1_440, 4_800];

const samples: number[] = [];
let sink = 0;
for (let index = 0; index < 20_000; index++) {
  // Starts spread over two years, fresh calendar object each time (compile cost included).
  const start = Date.parse('2026-01-01T00:00:00Z') + ((index * 7_919_993) % (730 * 86_400_000));
  const fresh: BusinessCalendar = { ...calendar };
  const began = performance.now();
  for (const minutes of TARGETS) sink += addBusinessMinutes(fresh, start, minutes) ?? 0;
  sink += businessMinutesBetween(fresh, start, start + 5 * 86_400_000);
  samples.push(performance.now() - began);
}
samples.sort((a, b) => a - b);
const at = (share: number): string => `${(samples[Math.floor(samples.length * share)]! * 1000).toFixed(0)} µs`;
console.log(`preview (8 due times + 1 elapsed), ${samples.length} runs: p50 ${at(0.5)}, p95 ${at(0.95)}, p99 ${at(0.99)}, max ${at(0.9999)} [${sink > 0}]`);
