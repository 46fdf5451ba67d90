import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { securityHeaders } from '../hub/security-headers';
import { appScheme, contentTypeOf, resolveAppFile } from './app-url';

// The console is served from app://presidio/ rather than file://: a real origin makes the CSP's
// 'self' mean "our files only", and file:// would open the whole disk to the page.

/** Must run before the app is ready: a standard, secure scheme behaves like https for the page. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const respond = (status: number, body: string) =>
  new Response(body, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });

/** Serves `rootDir` (out/renderer) on app://presidio/, with the hub's security headers on every response. */
export function serveApp(session: Session, rootDir: string): void {
  session.protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed');
    const file = resolveAppFile(rootDir, request.url);
    if (!file) return respond(404, 'Not found');
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-cache' },
      });
    } catch {
      return respond(404, 'Not found');
    }
  });
}
