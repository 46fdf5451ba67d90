import type { z } from 'zod';

export const roles = ['admin', 'operator', 'technician'] as const;
export type Role = (typeof roles)[number];

/**
 * Who may call what (each method's `roles`; the table, method by method, is in
 * src-main/accounts/README.md): technicians read everything and do field work, operators also
 * triage and dispatch, admins also manage people and the installation.
 */
export const everyone: readonly Role[] = roles;
export const staff: readonly Role[] = ['admin', 'operator'];

/**
 * read: runs on the read-only connection. write: runs in one write transaction. async: awaits I/O
 * (probes) with the read connection, and stores what it found through its domain's own writer.
 */
export type Access = 'read' | 'write' | 'async';

/**
 * One API method, declared once: the hub serves it over HTTP, the shell over IPC, and the OpenAPI
 * document is generated from it. `access` decides whether the handler gets the read-only
 * connection or the write transaction.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, A extends Access = Access> {
  summary: string;
  access: A;
  roles: readonly Role[];
  input: I;
  output: O;
}

export function method<I extends z.ZodType, O extends z.ZodType, A extends Access>(spec: MethodSpec<I, O, A>): MethodSpec<I, O, A> {
  return spec;
}

export type Contract = Record<string, MethodSpec>;

export type MethodName<C extends Contract> = keyof C & string;
export type InputOf<C extends Contract, M extends keyof C> = z.input<C[M]['input']>;
export type OutputOf<C extends Contract, M extends keyof C> = z.output<C[M]['output']>;
/** What an in-process call returns: the output, or its promise for an async method. */
export type ResultOf<C extends Contract, M extends keyof C> = C[M]['access'] extends 'async' ? Promise<OutputOf<C, M>> : OutputOf<C, M>;
