import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Actor } from '../core/actor';

const codeLifetimeMs = 24 * 60 * 60_000;

/**
 * The bootstrap way in, Jupyter-style: the hub prints a link with a one-time code; opening it
 * opens a session for the code's actor (the admin token, or the desktop user). Codes live in
 * memory only: a restart prints a new one, and sessions themselves are kept by the core.
 */
export class SignInCodes {
  private readonly codes = new Map<string, { actor: Actor; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  issue(actor: Actor): string {
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, { actor, expiresAt: this.now() + codeLifetimeMs });
    return code;
  }

  /** Spends a code: it works once. */
  redeem(code: string): Actor | null {
    const entry = this.codes.get(code);
    this.codes.delete(code);
    if (!entry || entry.expiresAt < this.now()) return null;
    return entry.actor;
  }
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
