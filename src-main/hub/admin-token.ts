import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const minimumTokenLength = 24;

/**
 * The admin bearer token: PRESIDIO_TOKEN when set (containers, scripts), otherwise one made at
 * first start and kept in the data folder, readable only by its owner.
 */
export function loadAdminToken(dataDir: string, fromEnvironment: string | undefined): { token: string; source: string } {
  if (fromEnvironment !== undefined) {
    if (fromEnvironment.length < minimumTokenLength) {
      throw new Error(`PRESIDIO_TOKEN must be at least ${minimumTokenLength} characters long`);
    }
    return { token: fromEnvironment, source: 'the PRESIDIO_TOKEN environment variable' };
  }
  const file = join(dataDir, 'admin-token');
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { token: readFileSync(file, 'utf8').trim(), source: file };
}
