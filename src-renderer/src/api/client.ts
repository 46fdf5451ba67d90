import type { Api, ApiMethod } from '../../../src-main/core/contract';
import type { ErrorBody } from '../../../src-main/core/errors';
import type { InputOf, OutputOf } from '../../../src-main/core/method';
import './bridge';

export class ApiError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }
  get code() {
    return this.body.code;
  }
  /** The message for one field, for inline form errors. */
  fieldError(path: string): string | undefined {
    return this.body.fields?.find((f) => f.path === path)?.message;
  }
}

type Transport = (method: string, input: unknown) => Promise<unknown>;

const ipcTransport: Transport = async (method, input) => {
  const answer = await window.presidio!.invoke(method, input);
  if (answer.ok) return answer.result;
  throw new ApiError(answer.error);
};

const httpTransport: Transport = async (method, input) => {
  const response = await fetch(`/api/v1/${method}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input ?? {}),
  });
  const body = (await response.json().catch(() => null)) as { error?: ErrorBody } | null;
  if (response.ok) return body;
  throw new ApiError(body?.error ?? { code: 'internal', message: `The hub answered ${response.status}` });
};

/** Electron IPC in the desktop window, HTTP in a browser; the console never knows which. */
const transport: Transport = typeof window !== 'undefined' && window.presidio ? ipcTransport : httpTransport;

export function send<M extends ApiMethod>(method: M, input: InputOf<Api, M>): Promise<OutputOf<Api, M>> {
  return transport(method, input) as Promise<OutputOf<Api, M>>;
}
