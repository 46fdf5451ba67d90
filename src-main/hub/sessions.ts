import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Actor } from '../core/actor';

const codeLifetimeMs = 24 * 60 * 60_000;

/**
 * Browser sign-in, Jupyter-style: the hub prints a link with a one-time code; opening it trades
 * the code for a session id kept in an HttpOnly cookie. Sessions live as long as the hub process.
 */
export class Sessions {
  private readonly codes = new Map<string, { actor: Actor; expiresAt: number }>();
  private readonly sessions = new Map<string, Actor>();

  constructor(private readonly now: () => number = Date.now) {}

  issueCode(actor: Actor): string {
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, { actor, expiresAt: this.now() + codeLifetimeMs });
    return code;
  }

  /** Spends a code: it works once. */
  redeem(code: string): string | null {
    const entry = this.codes.get(code);
    this.codes.delete(code);
    if (!entry || entry.expiresAt < this.now()) return null;
    const session = randomBytes(32).toString('base64url');
    this.sessions.set(session, entry.actor);
    return session;
  }

  actorOf(session: string | undefined): Actor | null {
    return (session && this.sessions.get(session)) || null;
  }

  end(session: string | undefined): void {
    if (session) this.sessions.delete(session);
  }
}

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
