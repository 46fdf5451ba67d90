import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api, ApiMethod } from '../../../src-main/core/contract';
import type { InputOf, OutputOf } from '../../../src-main/core/method';
import { send } from './client';
import { useDataVersion } from './dataVersion';
import { useSession } from './session';

export type QueryState<T> =
  | { status: 'loading'; data: T | undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data: T | undefined; error: unknown };

export interface QueryOptions {
  /**
   * Keep showing the previous answer while a different input loads (filter boxes), instead of
   * dropping to a loading state on every keystroke.
   */
  keepPrevious?: boolean;
}

/**
 * One read, refetched when its input or the data version changes. `input: null` skips the call
 * (e.g. the site list before a client is chosen). Answers to superseded inputs are dropped.
 */
export function useQuery<M extends ApiMethod>(method: M, input: InputOf<Api, M> | null, options: QueryOptions = {}) {
  type Output = OutputOf<Api, M>;
  const version = useDataVersion((s) => s.version);
  const [attempt, setAttempt] = useState(0);
  const inputJson = input === null ? null : JSON.stringify(input);
  const key = inputJson === null ? null : `${method} ${inputJson}`;
  const [state, setState] = useState<QueryState<Output>>({ status: 'loading', data: undefined });
  const lastKey = useRef<string | null>(null);
  const keepPrevious = options.keepPrevious ?? false;

  useEffect(() => {
    if (key === null || inputJson === null) return;
    let live = true;
    const sameInput = lastKey.current === key;
    lastKey.current = key;
    setState((previous) => ({ status: 'loading', data: sameInput || keepPrevious ? previous.data : undefined }));
    send(method, JSON.parse(inputJson) as InputOf<Api, M>).then(
      (data) => {
        if (live) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        useSession.getState().noteError(error);
        if (live) setState((previous) => ({ status: 'error', error, data: sameInput ? previous.data : undefined }));
      },
    );
    return () => {
      live = false;
    };
  }, [method, key, inputJson, version, attempt, keepPrevious]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
