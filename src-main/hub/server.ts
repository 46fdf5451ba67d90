import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { sessionLifetimeMs } from '../accounts/sessions';
import { type Actor, tokenAdmin } from '../core/actor';
import { isApiMethod } from '../core/contract';
import type { CoreClient } from '../core/core-client';
import { AppError, type ErrorBody, httpStatusOf, invalidInput, toErrorBody } from '../core/errors';
import { EventStreams } from './events';
import { openApiDocument } from './openapi';
import { securityHeaders } from './security-headers';
import { type SignInCodes, sameSecret } from './sign-in-codes';
import { SignInThrottle } from './sign-in-throttle';

export const sessionCookie = 'presidio_session';

export interface ServerOptions {
  core: CoreClient;
  signInCodes: SignInCodes;
  adminToken: string;
  /** Failed password sign-ins per login and per address; one per hub unless a test brings its own. */
  throttle?: SignInThrottle;
  version: string;
  /** The built web console (out/renderer); absent when only the API is wanted. */
  consoleDir?: string;
  /** Where `GET /api/v1/events` streams are kept, so the hub can end them when it stops. */
  eventStreams?: EventStreams;
  onError?: (error: unknown) => void;
}

const maxBodyBytes = 4 * 1024 * 1024;
const signInInput = z.object({ login: z.string().trim().min(1, 'Required').max(200), password: z.string().min(1, 'Required').max(1024) }).strict();
const wrongCredentials: ErrorBody = { code: 'unauthorized', message: 'Wrong login or password' };
const signInFirst: ErrorBody = { code: 'unauthorized', message: 'Sign in, or send Authorization: Bearer <token>' };

/** The hub's HTTP surface. It authenticates and routes; the core worker does the rest. */
export function createServer(options: ServerOptions): Hono {
  const { core, signInCodes, adminToken, version } = options;
  const throttle = options.throttle ?? new SignInThrottle();
  const app = new Hono();
  const startedAt = Date.now();
  const openApi = JSON.stringify(openApiDocument(version));
  const eventStreams = options.eventStreams ?? new EventStreams(core);

  const fail = (c: Context, error: ErrorBody) => c.json({ error }, httpStatusOf[error.code] as ContentfulStatusCode);

  const bearerIsAdmin = (c: Context): boolean => {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    return match !== null && sameSecret(match[1]!, adminToken);
  };

  /** The bearer token is the admin's; a browser's session cookie is whoever signed in (the core keeps sessions). */
  const authenticate = async (c: Context): Promise<Actor | null> => {
    if (c.req.header('authorization')) return bearerIsAdmin(c) ? tokenAdmin : null;
    const session = getCookie(c, sessionCookie);
    return session ? core.internal({ op: 'sessionActor', session }) : null;
  };

  const startSession = (c: Context, session: string) =>
    setCookie(c, sessionCookie, session, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: Math.floor(sessionLifetimeMs / 1000) });

  // A cross-site form cannot send JSON without a preflight, which we never grant: with the
  // SameSite cookie this keeps the browser session safe from request forgery.
  const isJson = (c: Context) => (c.req.header('content-type') ?? '').startsWith('application/json');

  const readJson = async (c: Context): Promise<{ ok: true; value: unknown } | { ok: false }> => {
    const text = await c.req.text();
    try {
      return { ok: true, value: text.trim() === '' ? undefined : JSON.parse(text) };
    } catch {
      return { ok: false };
    }
  };
  const notJson: ErrorBody = { code: 'invalid_input', message: 'The request body is not valid JSON' };
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => fail(c, { code: 'invalid_input', message: `The request body is larger than ${maxBodyBytes} bytes` }),
  });

  app.get('/api/v1/health', (c) => c.json({ status: 'ok', version, uptimeMs: Date.now() - startedAt }));
  app.get('/api/v1/openapi.json', (c) => c.body(openApi, 200, { 'Content-Type': 'application/json' }));

  app.get('/api/v1/events', async (c) => {
    if (!(await authenticate(c))) return fail(c, signInFirst);
    return eventStreams.respond(c);
  });

  app.post('/api/v1/:method', limitBody, async (c) => {
    const actor = await authenticate(c);
    if (!actor) return fail(c, signInFirst);
    const method = c.req.param('method');
    if (!isApiMethod(method)) return fail(c, { code: 'not_found', message: `There is no method ${method}` });
    if (!c.req.header('authorization') && !isJson(c)) return fail(c, { code: 'invalid_input', message: 'Send the body as application/json' });
    const body = await readJson(c);
    if (!body.ok) return fail(c, notJson);
    try {
      return c.json((await core.call(method, body.value, actor)) as object);
    } catch (error) {
      if (!(error instanceof AppError) || error.code === 'internal') options.onError?.(error);
      return fail(c, toErrorBody(error));
    }
  });

  app.all('/api/*', (c) => fail(c, { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}` }));

  /** The printed one-time link: its actor (the admin token, or the desktop user) gets a session. */
  app.get('/signin', async (c) => {
    const actor = signInCodes.redeem(c.req.query('code') ?? '');
    if (!actor) return c.html(signInFailedPage, 401, securityHeaders);
    startSession(c, await core.internal({ op: 'openSession', accountId: actor.id === tokenAdmin.id ? null : actor.id }));
    return c.redirect('/', 303);
  });

  /** A person signs in with their login and password; failures are throttled per login and per address. */
  app.post('/auth/signin', limitBody, async (c) => {
    if (!isJson(c)) return fail(c, { code: 'invalid_input', message: 'Send the body as application/json' });
    const body = await readJson(c);
    if (!body.ok) return fail(c, notJson);
    const parsed = signInInput.safeParse(body.value);
    if (!parsed.success) return fail(c, invalidInput(parsed.error).toBody());
    const { login, password } = parsed.data;
    const address = getConnInfo(c).remote.address ?? 'unknown';
    const waitMs = throttle.waitMs(login, address);
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      c.header('Retry-After', String(Math.ceil(waitMs / 1000)));
      return fail(c, { code: 'rate_limited', message: `Too many failed sign-ins: try again in ${minutes} minute${minutes === 1 ? '' : 's'}` });
    }
    const signedIn = await core.internal({ op: 'signIn', login, password });
    if (!signedIn) {
      throttle.failed(login, address);
      return fail(c, wrongCredentials);
    }
    throttle.succeeded(login);
    startSession(c, signedIn.session);
    return c.json({ actor: signedIn.actor });
  });

  app.post('/signout', async (c) => {
    const session = getCookie(c, sessionCookie);
    if (session) await core.internal({ op: 'endSession', session });
    deleteCookie(c, sessionCookie, { path: '/' });
    return c.redirect('/', 303);
  });

  /** A new one-time sign-in link as the admin, for scripts that hold the admin token (a bearer token only). */
  app.post('/auth/link', (c) => {
    if (!bearerIsAdmin(c)) return fail(c, { code: 'unauthorized', message: 'Send Authorization: Bearer <admin token>' });
    const code = signInCodes.issue(tokenAdmin);
    return c.json({ url: new URL(`/signin?code=${code}`, c.req.url).toString() });
  });

  const consoleDir = options.consoleDir;
  if (consoleDir && existsSync(join(consoleDir, 'index.html'))) {
    app.use('*', async (c, next) => {
      await next();
      for (const [name, value] of Object.entries(securityHeaders)) c.header(name, value);
    });
    app.use('/assets/*', serveStatic({ root: consoleDir }));
    app.get('*', serveStatic({ root: consoleDir, rewriteRequestPath: () => '/index.html' }));
  }
  return app;
}

const signInFailedPage = `<!doctype html><meta charset="utf-8"><title>Presidio</title>
<body style="font:14px system-ui;margin:4rem auto;max-width:36rem;color:#222">
<h1 style="font-size:18px">This sign-in link has been used or has expired</h1>
<p>Each link works once. Restart the hub to print a new one, or ask an administrator for a fresh link.</p>
<p lang="it">Questo link di accesso è già stato usato o è scaduto. Riavvia l'hub per ottenerne uno nuovo.</p></body>`;
