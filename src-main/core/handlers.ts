import type { z } from 'zod';
import type { ReadDb } from '../store/queries';
import type { WriteTx } from '../store/write-tx';
import type { Actor } from './actor';
import type { Contract, MethodSpec } from './method';

export interface ReadContext {
  db: ReadDb;
  actor: Actor;
  now: () => Date;
}

export interface WriteContext {
  tx: WriteTx;
  actor: Actor;
  now: () => Date;
}

export type Handler<S extends MethodSpec> = S['access'] extends 'async'
  ? (input: z.output<S['input']>, context: ReadContext) => Promise<z.input<S['output']>>
  : (input: z.output<S['input']>, context: S['access'] extends 'write' ? WriteContext : ReadContext) => z.input<S['output']>;

/** A domain's implementation of its part of the contract: every method, with types from the contract. */
export type Handlers<C extends Contract> = { [M in keyof C]: Handler<C[M]> };
