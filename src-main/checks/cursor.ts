import { AppError } from '../core/errors';

// Opaque page cursors: the client hands back what it was given and never builds one.

export const encodeCursor = (parts: readonly (string | number)[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

export function decodeCursor<T extends readonly (string | number)[]>(cursor: string, shape: { [K in keyof T]: 'string' | 'number' }): T {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown;
    if (Array.isArray(parts) && parts.length === shape.length && parts.every((part, i) => typeof part === shape[i])) return parts as unknown as T;
  } catch {
    // Reported below, like any other cursor we did not issue.
  }
  throw new AppError('invalid_input', 'cursor: not a cursor this server issued', [{ path: 'cursor', message: 'Unknown cursor' }]);
}
