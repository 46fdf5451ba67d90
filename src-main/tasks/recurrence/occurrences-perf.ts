// Rough timing, not a test: a year of occurrences for 1,000 plans must take well under 2 s.
// Run: npx tsx src-main/tasks/recurrence/occurrences-perf.ts
import { occurrences } from './occurrences';
import { Recurrence, type RecurrencePlan } from './recurrence';

const RULES = [
  'FREQ=DAILY',
  'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
  'FREQ=MONTHLY;BYDAY=1MO',
  'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15',
  'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
  'FREQ=MONTHLY;BYMONTHDAY=-1',
  'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
];
const ZONES = ['Europe/Rome', 'America/New_York', 'Australia/Sydney'];

const plans: RecurrencePlan[] = Array.from({ length: 1_000 }, (_, index) => ({
  rrule: RULES[index % RULES.length]!,
  start: `${2019 + (index % 8)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}T${String(6 + (index % 12)).padStart(2, '0')}:30`,
  timezone: ZONES[index % ZONES.length]!,
}));
const window = { from: Date.parse('2026-01-01T00:00:00Z'), to: Date.parse('2027-01-01T00:00:00Z') };

function run(label: string, toPlan: (plan: RecurrencePlan) => RecurrencePlan): void {
  const timings: number[] = [];
  let total = 0;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    total = 0;
    for (const plan of plans) total += occurrences(toPlan(plan), window).length;
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  console.log(`${label}: ${total} occurrences; first run ${timings.at(-1)!.toFixed(0)} ms worst, median ${timings[2]!.toFixed(0)} ms, best ${timings[0]!.toFixed(0)} ms`);
}

run('1000 plans x 1 year, raw plans (validated on every call)', (plan) => plan);
const compiled = new Map(plans.map((plan) => [plan, Recurrence.compile(plan)]));
run('1000 plans x 1 year, precompiled', (plan) => compiled.get(plan)!);
// Worst realistic case: every plan daily (365 occurrences each).
run('1000 daily plans x 1 year', (plan) => ({ ...plan, rrule: 'FREQ=DAILY' }));
