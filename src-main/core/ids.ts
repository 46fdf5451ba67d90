import { randomBytes } from 'node:crypto';

/** Opaque, globally unique, and unguessable enough that two offline laptops never collide. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}
