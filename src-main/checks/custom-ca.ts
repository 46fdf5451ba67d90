import { X509Certificate } from 'node:crypto';
import { AppError } from '../core/errors';

/**
 * Refuses a custom CA that the shape check let through but OpenSSL cannot read (a block damaged by
 * copy and paste, say), naming the field: otherwise every run of the check would fail on it.
 */
export function assertReadableCa(definition: { ca?: string }): void {
  if (definition.ca === undefined) return;
  const blocks = definition.ca.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  blocks.forEach((block, index) => {
    try {
      new X509Certificate(block);
    } catch (error) {
      const which = blocks.length > 1 ? `Certificate ${index + 1} of ${blocks.length}` : 'The certificate';
      const message = `${which} cannot be read (${error instanceof Error ? error.message : String(error)}): paste it again, whole`;
      throw new AppError('invalid_input', `Invalid input — ca: ${message}`, [{ path: 'ca', message }]);
    }
  });
}
