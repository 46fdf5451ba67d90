import type { z } from 'zod';

export type ErrorCode = 'invalid_input' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'internal';

export interface FieldError {
  path: string;
  message: string;
}

/** The one error shape that crosses every boundary (worker, IPC, HTTP). */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string, id: string) => new AppError('not_found', `${what} ${id} does not exist`);

export const conflict = (message: string, path?: string) =>
  new AppError('conflict', message, path ? [{ path, message }] : undefined);

export function invalidInput(error: z.ZodError, prefix = ''): AppError {
  const fields = error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
  const first = fields[0];
  const summary = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'invalid input';
  return new AppError('invalid_input', `Invalid input — ${summary}`, fields);
}

export const httpStatusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) return error.toBody();
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
