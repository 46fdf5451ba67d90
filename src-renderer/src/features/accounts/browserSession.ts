import { ApiError } from '../../api/client';

/** Only a browser signs in and out; the desktop window is its local user for as long as it runs. */
export const inBrowser = typeof window !== 'undefined' && !window.presidio;

/** POST /auth/signin: on success the hub sets the session cookie; otherwise an ApiError (401 wrong, 429 throttled). */
export async function signInWithPassword(login: string, password: string): Promise<void> {
  const response = await fetch('/auth/signin', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (response.ok) return;
  const body = (await response.json().catch(() => null)) as { error?: ApiError['body'] } | null;
  throw new ApiError(body?.error ?? { code: 'internal', message: `The hub answered ${response.status}` });
}

/** POST /signout: the hub forgets the session and clears the cookie. */
export async function signOut(): Promise<void> {
  await fetch('/signout', { method: 'POST', credentials: 'same-origin', redirect: 'manual' });
}
