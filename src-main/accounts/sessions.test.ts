import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenAdmin } from '../core/actor';
import { openTestCore, testTechnician, type TestCore } from '../core/testing';
import { runInternal, type InternalRequest } from './internal';
import { sessionLifetimeMs } from './sessions';

let core: TestCore;
let nowMs = Date.parse('2026-12-01T09:00:00Z');
const now = () => new Date(nowMs);
beforeEach(() => {
  nowMs = Date.parse('2026-12-01T09:00:00Z');
  core = openTestCore({ now });
});
afterEach(() => core.close());

const internal = (request: InternalRequest) => Promise.resolve(runInternal(core.store, request, now));
const password = 'correct horse battery';

describe('sign-in and sessions (the hosts’ internal path)', () => {
  it('signs a person in by login (any case) and password, and the session says who they are now', async () => {
    const mario = core.call('accounts.create', { login: 'mario.rossi', name: 'Mario Rossi', role: 'technician', password });
    const signedIn = (await internal({ op: 'signIn', login: ' MARIO.Rossi ', password })) as { session: string; actor: unknown };
    expect(signedIn.actor).toEqual({ id: mario.id, name: 'Mario Rossi', role: 'technician' });
    expect(await internal({ op: 'sessionActor', session: signedIn.session })).toEqual({ id: mario.id, name: 'Mario Rossi', role: 'technician' });

    // Only a hash of the session id is stored.
    const stored = core.store.read.all<{ idHash: string }>('SELECT id_hash AS idHash FROM account_sessions');
    expect(stored).toHaveLength(1);
    expect(stored[0]!.idHash).not.toBe(signedIn.session);

    // A role change applies to the open session at once; archiving ends it.
    core.call('accounts.update', { id: mario.id, role: 'operator' });
    expect(await internal({ op: 'sessionActor', session: signedIn.session })).toMatchObject({ role: 'operator' });
    core.call('accounts.update', { id: mario.id, archived: true });
    expect(await internal({ op: 'sessionActor', session: signedIn.session })).toBeNull();
    expect(await internal({ op: 'signIn', login: 'mario.rossi', password })).toBeNull();
  });

  it('refuses a wrong password, an unknown login and an account with no password here', async () => {
    core.call('accounts.create', { login: 'anna', name: 'Anna', role: 'operator', password });
    expect(await internal({ op: 'signIn', login: 'anna', password: 'correct horse batterY' })).toBeNull();
    expect(await internal({ op: 'signIn', login: 'nobody', password })).toBeNull();
    expect(await internal({ op: 'signIn', login: testTechnician.id, password })).toBeNull();
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM account_sessions')).toBe(0);
  });

  it('ends a session on sign-out, on expiry, and all of a person’s sessions when an admin resets their password', async () => {
    const anna = core.call('accounts.create', { login: 'anna', name: 'Anna', role: 'operator', password });
    const first = (await internal({ op: 'signIn', login: 'anna', password })) as { session: string };
    const second = (await internal({ op: 'signIn', login: 'anna', password })) as { session: string };
    await internal({ op: 'endSession', session: first.session });
    expect(await internal({ op: 'sessionActor', session: first.session })).toBeNull();
    expect(await internal({ op: 'sessionActor', session: second.session })).not.toBeNull();

    core.call('accounts.setPassword', { id: anna.id, password: 'a fresh password' });
    expect(await internal({ op: 'sessionActor', session: second.session })).toBeNull();

    const third = (await internal({ op: 'signIn', login: 'anna', password: 'a fresh password' })) as { session: string };
    nowMs += sessionLifetimeMs - 1;
    expect(await internal({ op: 'sessionActor', session: third.session })).not.toBeNull();
    nowMs += 1;
    expect(await internal({ op: 'sessionActor', session: third.session })).toBeNull();
    expect(await internal({ op: 'sessionActor', session: 'made-up' })).toBeNull();
  });

  it('opens a session for the admin token’s sign-in link, which is no account', async () => {
    const session = (await internal({ op: 'openSession', accountId: null })) as string;
    expect(await internal({ op: 'sessionActor', session })).toEqual(tokenAdmin);
  });

  it('makes the desktop user an admin account once, with a free login', async () => {
    core.call('accounts.create', { login: 'mario', name: 'Another Mario', role: 'technician', password });
    const local = await internal({ op: 'localActor', userName: 'mario' });
    expect(local).toMatchObject({ name: 'mario', role: 'admin' });
    expect(await internal({ op: 'localActor', userName: 'mario' })).toEqual(local);
    const account = core.call('accounts.get', { id: (local as { id: string }).id });
    expect(account).toMatchObject({ login: 'mario2', role: 'admin' });
    expect(await internal({ op: 'localActor', userName: 'Dr. Who?' }).then((actor) => actor)).toEqual(local);
  });
});
