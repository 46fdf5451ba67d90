import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle', () => {
  let now = 0;
  const throttle = () => new SignInThrottle({ perLogin: 3, perAddress: 5, windowMs: 60_000, maxKeys: 100 }, () => now);

  it('refuses a login after its failures, whatever its case, until the oldest leaves the window', () => {
    now = 0;
    const t = throttle();
    for (const at of [0, 10_000, 20_000]) {
      now = at;
      expect(t.waitMs('mario', '127.0.0.1')).toBe(0);
      t.failed(at === 10_000 ? 'MARIO' : 'mario', '127.0.0.1');
    }
    expect(t.waitMs('Mario', '::1')).toBe(40_000);
    expect(t.waitMs('anna', '::1')).toBe(0);
    now = 60_001;
    expect(t.waitMs('mario', '::1')).toBe(0);
  });

  it('refuses an address after its failures across logins', () => {
    now = 0;
    const t = throttle();
    for (let i = 0; i < 5; i++) t.failed(`user${i}`, '127.0.0.2');
    expect(t.waitMs('someone-new', '127.0.0.2')).toBe(60_000);
    expect(t.waitMs('someone-new', '127.0.0.3')).toBe(0);
  });

  it('forgets a login’s failures when it signs in', () => {
    now = 0;
    const t = throttle();
    t.failed('mario', 'a');
    t.failed('mario', 'b');
    t.succeeded('mario');
    t.failed('mario', 'c');
    t.failed('mario', 'd');
    expect(t.waitMs('mario', 'e')).toBe(0);
  });

  it('keeps a bounded number of keys', () => {
    now = 0;
    const t = throttle();
    for (let i = 0; i < 1_000; i++) t.failed(`user${i}`, `10.0.0.${i}`);
    expect((t as unknown as { failures: Map<string, number[]> }).failures.size).toBeLessThanOrEqual(100);
  });
});
