import type { Api, ApiMethod } from '../../../src-main/core/contract';
import type { InputOf, OutputOf } from '../../../src-main/core/method';
import { send } from './client';
import { useDataVersion } from './dataVersion';
import { useSession } from './session';

/** A write: on success every query on screen refreshes; a lost session shows the sign-in screen. */
export async function mutate<M extends ApiMethod>(method: M, input: InputOf<Api, M>): Promise<OutputOf<Api, M>> {
  try {
    const result = await send(method, input);
    useDataVersion.getState().bump();
    return result;
  } catch (error) {
    useSession.getState().noteError(error);
    throw error;
  }
}
