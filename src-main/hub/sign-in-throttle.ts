/**
 * Slows password guessing: after `perLogin` failed sign-ins for one login, or `perAddress` from
 * one address, within `windowMs`, further attempts are refused without checking the password
 * until the oldest failure leaves the window. A success clears its login's failures.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits = { perLogin: 5, perAddress: 20, windowMs: 15 * 60_000, maxKeys: 50_000 },
    private readonly now: () => number = Date.now,
  ) {}

  /** How long the caller must wait before trying again; 0 when they may try now. */
  waitMs(login: string, address: string): number {
    return Math.max(this.wait(loginKey(login), this.limits.perLogin), this.wait(`address:${address}`, this.limits.perAddress));
  }

  failed(login: string, address: string): void {
    for (const key of [loginKey(login), `address:${address}`]) {
      const recent = this.recent(key);
      recent.push(this.now());
      this.failures.delete(key); // re-inserted last: the map stays ordered by latest failure
      this.failures.set(key, recent);
    }
    // Bounded memory whatever a flood of made-up logins does: forget the stalest keys first.
    for (const key of this.failures.keys()) {
      if (this.failures.size <= this.limits.maxKeys) break;
      this.failures.delete(key);
    }
  }

  succeeded(login: string): void {
    this.failures.delete(loginKey(login));
  }

  private wait(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    return recent[recent.length - limit]! + this.limits.windowMs - this.now();
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}

const loginKey = (login: string) => `login:${login.trim().toLowerCase()}`;
