import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

// Pure helpers for the app:// origin the window loads from. No `electron` import here, so the
// rules (what a URL may reach on disk, which pages count as ours) are tested under plain Node.

/** The custom scheme and host the console is served from: app://presidio/index.html. */
export const appScheme = 'app';
export const appHost = 'presidio';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/** True when `url` is a page of our own origin (and not some other app:// host). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // Node gives non-special schemes an opaque origin ("null"), so compare scheme and host.
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}

/**
 * The file under `rootDir` that an app:// request URL names, or null when the URL is not ours or
 * would step outside `rootDir` (.., encoded separators, NUL bytes, absolute paths).
 * Paths without a file extension are the console's client-side routes and get index.html.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  // The URL parser already folds "/../"; what is left after decoding ("%2e%2e%2f", "..\\", NUL)
  // is refused outright rather than normalised, since no file of ours needs it.
  if (path.includes('\0') || path.includes('\\') || path.split('/').some((segment) => segment === '..')) return null;
  if (path === '/' || path === '') path = '/index.html';
  if (extname(path) === '') path = '/index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a served file; unknown kinds are opaque bytes (and nosniff keeps them so). */
export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
