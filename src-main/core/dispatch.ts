import type { ChecksRuntime } from '../checks/runtime';
import type { Store } from '../store/store';
import type { Actor } from './actor';
import { createHandlers } from './app';
import { contract, isApiMethod } from './contract';
import { AppError, invalidInput } from './errors';
import type { MethodSpec } from './method';

export type Dispatch = (method: string, input: unknown, actor: Actor) => unknown;

type AnyHandler = (input: unknown, context: never) => unknown;

export interface DispatchOptions {
  instance: 'desktop' | 'hub';
  version: string;
  now?: () => Date;
  checks: ChecksRuntime;
}

/**
 * The single entrance to the core, whatever the transport: checks the role, validates the input
 * (nothing runs on invalid input), runs the handler on the read connection or in one write
 * transaction, and validates the output before it leaves (inside the transaction, so a bad
 * answer writes nothing). An async method answers with a promise.
 */
export function createDispatcher(store: Store, options: DispatchOptions): Dispatch {
  const handlers = createHandlers({ instance: options.instance, version: options.version, nodeId: store.nodeId }, options.checks);
  const now = options.now ?? (() => new Date());

  return (methodName, rawInput, actor) => {
    if (!isApiMethod(methodName)) throw new AppError('not_found', `There is no method ${methodName}`);
    const spec: MethodSpec = contract[methodName];
    if (!spec.roles.includes(actor.role)) {
      throw new AppError('forbidden', `The ${actor.role} role may not call ${methodName}`);
    }
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) throw invalidInput(parsed.error);
    const handler = handlers[methodName] as AnyHandler;
    if (spec.access === 'async') {
      return (handler(parsed.data, { db: store.read, actor, now } as never) as Promise<unknown>).then((output) => spec.output.parse(output));
    }
    if (spec.access === 'write') {
      return store.write((tx) => spec.output.parse(handler(parsed.data, { tx, actor, now } as never)));
    }
    return spec.output.parse(handler(parsed.data, { db: store.read, actor, now } as never));
  };
}
