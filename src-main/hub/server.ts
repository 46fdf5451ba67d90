import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Actor } from '../core/actor';
import { isApiMethod } from '../core/contract';
import type { CoreClient } from '../core/core-client';
import { AppError, type ErrorBody, httpStatusOf, toErrorBody } from '../core/errors';
import { EventStreams } from './events';
import { openApiDocument } from './openapi';
import { securityHeaders } from './security-headers';
import { type Sessions, sameSecret } from './sessions';

export const sessionCookie = 'presidio_session';
export const adminActor: Actor = { id: 'admin-token', name: 'Administrator', role: 'admin' };

export interface ServerOptions {
  core: CoreClient;
  sessions: Sessions;
  adminToken: string;
  version: string;
  /** The built web console (out/renderer); absent when only the API is wanted. */
  consoleDir?: string;
  /** Where `GET /api/v1/events` streams are kept, so the hub can end them when it stops. */
  eventStreams?: EventStreams;
  onError?: (error: unknown) => void;
}

const maxBodyBytes = 4 * 1024 * 1024;

/** The hub's HTTP surface. It authenticates and routes; the core worker does the rest. */
export function createServer(options: ServerOptions): Hono {
  const { core, sessions, adminToken, version } = options;
  const app = new Hono();
  const startedAt = Date.now();
  const openApi = JSON.stringify(openApiDocument(version));
  const eventStreams = options.eventStreams ?? new EventStreams(core);

  const fail = (c: Context, error: ErrorBody) => c.json({ error }, httpStatusOf[error.code] as ContentfulStatusCode);

  const authenticate = (c: Context): Actor | null => {
    const header = c.req.header('authorization');
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      return match && sameSecret(match[1]!, adminToken) ? adminActor : null;
    }
    return sessions.actorOf(getCookie(c, sessionCookie));
  };

  app.get('/api/v1/health', (c) => c.json({ status: 'ok', version, uptimeMs: Date.now() - startedAt }));
  app.get('/api/v1/openapi.json', (c) => c.body(openApi, 200, { 'Content-Type': 'application/json' }));

  app.get('/api/v1/events', (c) => {
    if (!authenticate(c)) return fail(c, { code: 'unauthorized', message: 'Sign in, or send Authorization: Bearer <token>' });
    return eventStreams.respond(c);
  });

  app.post(
    '/api/v1/:method',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => fail(c, { code: 'invalid_input', message: `The request body is larger than ${maxBodyBytes} bytes` }),
    }),
    async (c) => {
      const actor = authenticate(c);
      if (!actor) return fail(c, { code: 'unauthorized', message: 'Sign in, or send Authorization: Bearer <token>' });
      const method = c.req.param('method');
      if (!isApiMethod(method)) return fail(c, { code: 'not_found', message: `There is no method ${method}` });
      // A cross-site form cannot send JSON without a preflight, which we never grant: with the
      // SameSite cookie this keeps the browser session safe from request forgery.
      if (!c.req.header('authorization') && !(c.req.header('content-type') ?? '').startsWith('application/json')) {
        return fail(c, { code: 'invalid_input', message: 'Send the body as application/json' });
      }
      const text = await c.req.text();
      let input: unknown;
      try {
        input = text.trim() === '' ? undefined : JSON.parse(text);
      } catch {
        return fail(c, { code: 'invalid_input', message: 'The request body is not valid JSON' });
      }
      try {
        return c.json((await core.call(method, input, actor)) as object);
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'internal') options.onError?.(error);
        return fail(c, toErrorBody(error));
      }
    },
  );

  app.all('/api/*', (c) => fail(c, { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}` }));

  app.get('/signin', (c) => {
    const session = sessions.redeem(c.req.query('code') ?? '');
    if (!session) {
      return c.html(signInFailedPage, 401, securityHeaders);
    }
    setCookie(c, sessionCookie, session, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect('/', 303);
  });

  app.post('/signout', (c) => {
    sessions.end(getCookie(c, sessionCookie));
    deleteCookie(c, sessionCookie, { path: '/' });
    return c.redirect('/', 303);
  });

  /** A new one-time sign-in link, for scripts that hold the admin token. */
  app.post('/auth/link', (c) => {
    if (!authenticate(c)) return fail(c, { code: 'unauthorized', message: 'Send Authorization: Bearer <token>' });
    const code = sessions.issueCode(adminActor);
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
