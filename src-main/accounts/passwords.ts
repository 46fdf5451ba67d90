import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Stored as `scrypt$N$r$p$salt$key` (base64url), so the cost can rise later without breaking old hashes.
const cost = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;
const maxmem = 128 * 1024 * 1024;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFC'), salt, keyLength, { ...cost, maxmem });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parse(stored: string): { salt: Buffer; key: Buffer; options: ScryptOptions } | null {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return null;
  return { salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url'), options: { N: Number(n), r: Number(r), p: Number(p), maxmem } };
}

/** Synchronous: for the rare check inside a write transaction (changing one's own password). */
export function passwordMatchesSync(password: string, stored: string): boolean {
  const parsed = parse(stored);
  if (!parsed) return false;
  return timingSafeEqual(scryptSync(password.normalize('NFC'), parsed.salt, parsed.key.length, parsed.options), parsed.key);
}

/** Off the core's thread (libuv's pool), so a sign-in never stalls other calls while it hashes. */
export function passwordMatches(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), parsed.salt, parsed.key.length, parsed.options, (error, key) => {
      if (error) reject(error);
      else resolve(timingSafeEqual(key, parsed.key));
    });
  });
}

let decoy: string | undefined;
/** A hash of no one's password: sign-in for an unknown login spends the same time as for a known one. */
export function decoyHash(): string {
  decoy ??= hashPassword(randomBytes(18).toString('base64url'));
  return decoy;
}
