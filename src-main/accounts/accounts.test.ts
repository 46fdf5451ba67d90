import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../core/actor';
import { errorOf, openTestCore, testAdmin, testTechnician, type TestCore } from '../core/testing';

let core: TestCore;
beforeEach(() => {
  core = openTestCore({ now: () => new Date('2026-12-01T09:00:00Z') });
});
afterEach(() => core.close());

const password = 'correct horse battery';
const create = (login: string, role: 'admin' | 'operator' | 'technician' = 'technician', name = login) =>
  core.call('accounts.create', { login, name, role, password });
const asActor = (account: { id: string; name: string; role: Actor['role'] }): Actor => ({ id: account.id, name: account.name, role: account.role });
const changesNow = () => core.store.read.value<number>('SELECT COUNT(*) FROM changes');

describe('accounts', () => {
  it('creates people, lists the active ones by name, filters by role and text, and keeps no password in the shared table', () => {
    const mario = create('mario.rossi', 'technician', 'Mario Rossi');
    const anna = create('anna', 'operator', 'Anna Bianchi');
    expect(mario).toMatchObject({ login: 'mario.rossi', name: 'Mario Rossi', role: 'technician', archivedAt: null, createdAt: '2026-12-01T09:00:00.000Z' });
    expect(Object.keys(mario)).not.toContain('password');

    const names = (input: object) => core.call('accounts.list', input).items.map((a) => a.name);
    expect(names({})).toEqual(['Anna Bianchi', 'Mario Rossi', 'Test Admin', 'Test Technician']);
    expect(names({ role: 'technician' })).toEqual(['Mario Rossi', 'Test Technician']);
    expect(names({ role: ['operator', 'admin'] })).toEqual(['Anna Bianchi', 'Test Admin']);
    expect(names({ query: 'ROSS' })).toEqual(['Mario Rossi']);
    expect(names({ query: '100%' })).toEqual([]);
    expect(names({ ids: [mario.id, 'acc_unknown'] })).toEqual(['Mario Rossi']);
    expect(names({ ids: [] })).toEqual([]);
    expect(core.call('accounts.list', { limit: 1 })).toMatchObject({ total: 4, items: [{ id: anna.id }] });
    expect(core.call('accounts.get', { id: mario.id }).login).toBe('mario.rossi');

    const sharedColumns = core.store.read.all<{ col: string }>("SELECT DISTINCT col FROM changes WHERE tbl = 'accounts'").map((r) => r.col);
    expect(sharedColumns.sort()).toEqual(['archived_at', 'created_at', 'login', 'name', 'role', 'updated_at']);
    const hash = core.store.read.value<string>('SELECT password_hash FROM account_credentials WHERE account_id = ?', [mario.id])!;
    expect(hash).toMatch(/^scrypt\$/);
    expect(hash).not.toContain(password);
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM changes WHERE value LIKE ?', [`%${hash.split('$')[5]}%`])).toBe(0);
  });

  it('rejects bad input naming the field, and writes nothing', () => {
    create('mario');
    const before = changesNow();
    const fieldOf = (method: string, input: unknown, actor?: Actor) => {
      const error = errorOf(() => core.callRaw(method, input, actor));
      return error.fields?.[0]?.path ?? error.code;
    };
    const good = { login: 'luca', name: 'Luca', role: 'technician', password };
    expect(fieldOf('accounts.create', { ...good, login: 'has space' })).toBe('login');
    expect(fieldOf('accounts.create', { ...good, login: 'x' })).toBe('login');
    expect(fieldOf('accounts.create', { ...good, name: '  ' })).toBe('name');
    expect(fieldOf('accounts.create', { ...good, role: 'root' })).toBe('role');
    expect(fieldOf('accounts.create', { ...good, password: 'short pwd' })).toBe('password');
    expect(fieldOf('accounts.create', { ...good, extra: 1 })).toBe('');
    expect(fieldOf('accounts.create', { ...good, login: 'MARIO' })).toBe('login');
    expect(errorOf(() => core.callRaw('accounts.create', { ...good, login: 'MARIO' })).code).toBe('conflict');
    expect(fieldOf('accounts.update', { id: 'acc_nope', name: 'x' })).toBe('not_found');
    expect(fieldOf('accounts.update', { id: testTechnician.id, role: 'boss' })).toBe('role');
    expect(fieldOf('accounts.setPassword', { id: testTechnician.id, password: 'short' })).toBe('password');
    expect(changesNow()).toBe(before);
    expect(core.call('accounts.list', {}).total).toBe(3);
  });

  it('lets only admins create and change people', () => {
    const operator = asActor(create('op', 'operator'));
    for (const actor of [operator, testTechnician]) {
      expect(errorOf(() => core.call('accounts.create', { login: 'x1', name: 'X', role: 'admin', password }, actor)).code).toBe('forbidden');
      expect(errorOf(() => core.call('accounts.update', { id: actor.id, role: 'admin' }, actor)).code).toBe('forbidden');
      expect(errorOf(() => core.call('accounts.setPassword', { id: testAdmin.id, password: 'a new password' }, actor)).code).toBe('forbidden');
    }
    expect(core.call('accounts.list', {}, testTechnician).total).toBe(3);
  });

  it('renames, changes roles, archives and restores, and never leaves the installation without an active admin', () => {
    const luca = create('luca', 'admin', 'Luca');
    expect(core.call('accounts.update', { id: luca.id, name: 'Luca Verdi', role: 'operator' })).toMatchObject({ name: 'Luca Verdi', role: 'operator' });
    const archived = core.call('accounts.update', { id: luca.id, archived: true });
    expect(archived.archivedAt).toBe('2026-12-01T09:00:00.000Z');
    expect(core.call('accounts.list', {}).items.map((a) => a.id)).not.toContain(luca.id);
    expect(core.call('accounts.list', { includeArchived: true }).items.map((a) => a.id)).toContain(luca.id);
    expect(core.call('accounts.update', { id: luca.id, archived: false }).archivedAt).toBeNull();

    // testAdmin is the only active admin now.
    const demote = errorOf(() => core.call('accounts.update', { id: testAdmin.id, role: 'operator' }));
    expect(demote).toMatchObject({ code: 'conflict', fields: [{ path: 'role' }] });
    expect(errorOf(() => core.call('accounts.update', { id: testAdmin.id, archived: true }))).toMatchObject({ code: 'conflict', fields: [{ path: 'archived' }] });
    expect(core.call('accounts.get', { id: testAdmin.id })).toMatchObject({ role: 'admin', archivedAt: null });
    // An archived admin does not count: promoting one back is not enough, restoring them is.
    core.call('accounts.update', { id: luca.id, role: 'admin', archived: true });
    expect(errorOf(() => core.call('accounts.update', { id: testAdmin.id, role: 'technician' })).code).toBe('conflict');
    core.call('accounts.update', { id: luca.id, archived: false });
    expect(core.call('accounts.update', { id: testAdmin.id, role: 'technician' }).role).toBe('technician');
  });

  it('tells the caller who they are', () => {
    expect(core.call('accounts.me', {}, testTechnician)).toEqual({
      actor: testTechnician,
      account: expect.objectContaining({ id: testTechnician.id, role: 'technician' }),
      hasPassword: false,
    });
    const mario = asActor(create('mario'));
    expect(core.call('accounts.me', {}, mario)).toMatchObject({ account: { login: 'mario' }, hasPassword: true });
    const token = { id: 'admin-token', name: 'Administrator', role: 'admin' } as const;
    expect(core.call('accounts.me', {}, token)).toEqual({ actor: token, account: null, hasPassword: false });
  });

  it('sets passwords: anyone their own with the current one, an admin anyone’s', () => {
    const mario = asActor(create('mario'));
    const hashOf = () => core.store.read.value<string>('SELECT password_hash FROM account_credentials WHERE account_id = ?', [mario.id]);
    const first = hashOf();
    expect(errorOf(() => core.call('accounts.setPassword', { id: mario.id, password: 'a brand new one' }, mario)).fields?.[0]?.path).toBe('currentPassword');
    expect(errorOf(() => core.call('accounts.setPassword', { id: mario.id, password: 'a brand new one', currentPassword: 'wrong password' }, mario)).fields?.[0]?.path).toBe(
      'currentPassword',
    );
    expect(hashOf()).toBe(first);
    core.call('accounts.setPassword', { id: mario.id, password: 'a brand new one', currentPassword: password }, mario);
    const second = hashOf();
    expect(second).not.toBe(first);
    core.call('accounts.setPassword', { id: mario.id, password: 'reset by the admin' });
    expect(hashOf()).not.toBe(second);
    core.call('accounts.update', { id: mario.id, archived: true });
    expect(errorOf(() => core.call('accounts.setPassword', { id: mario.id, password: 'reset by the admin' })).code).toBe('conflict');
  });

  it('lets someone with no password yet (the desktop user) set their first one', () => {
    expect(core.call('accounts.me', {}, testTechnician).hasPassword).toBe(false);
    core.call('accounts.setPassword', { id: testTechnician.id, password: 'my first password' }, testTechnician);
    expect(core.call('accounts.me', {}, testTechnician).hasPassword).toBe(true);
    expect(errorOf(() => core.call('accounts.setPassword', { id: testTechnician.id, password: 'another password' }, testTechnician)).fields?.[0]?.path).toBe('currentPassword');
  });
});

describe('assignees are accounts', () => {
  let clientId = '';
  beforeEach(() => {
    clientId = core.call('clients.create', { code: 'ACME', name: 'Acme' }).id;
  });
  const task = { kind: 'incident', priority: 'P2', title: 'Backup' } as const;
  const plan = { name: 'Backup check', rrule: 'FREQ=MONTHLY;BYDAY=1MO', start: '2027-01-04T09:00', leadDays: 3, checklist: [] };

  it('takes an active account, and rejects an unknown or archived one naming assigneeId, writing nothing', () => {
    const mario = create('mario');
    const created = core.call('tasks.create', { clientId, ...task, assigneeId: mario.id });
    expect(created.assigneeId).toBe(mario.id);
    const unassigned = core.call('tasks.create', { clientId, ...task });
    core.call('accounts.update', { id: mario.id, archived: true });
    const before = changesNow();
    for (const assigneeId of ['mario', mario.id]) {
      expect(errorOf(() => core.call('tasks.create', { clientId, ...task, assigneeId }))).toMatchObject({ code: 'invalid_input', fields: [{ path: 'assigneeId' }] });
      expect(errorOf(() => core.call('tasks.update', { id: unassigned.id, title: 'changed', assigneeId }))).toMatchObject({ code: 'invalid_input', fields: [{ path: 'assigneeId' }] });
      expect(errorOf(() => core.call('plans.create', { clientId, ...plan, assigneeId }))).toMatchObject({ code: 'invalid_input', fields: [{ path: 'assigneeId' }] });
    }
    expect(changesNow()).toBe(before);
    expect(core.call('tasks.get', { id: unassigned.id })).toMatchObject({ title: 'Backup', assigneeId: null });
    // Unchanged, an archived assignee stays: the task can still be edited.
    expect(core.call('tasks.update', { id: created.id, title: 'Still his', assigneeId: mario.id }).title).toBe('Still his');
    expect(core.call('tasks.update', { id: created.id, assigneeId: null }).assigneeId).toBeNull();
  });

  it('checks plans on update too', () => {
    const made = core.call('plans.create', { clientId, ...plan, assigneeId: testTechnician.id });
    expect(made.assigneeId).toBe(testTechnician.id);
    expect(errorOf(() => core.call('plans.update', { id: made.id, assigneeId: 'nobody' }))).toMatchObject({ code: 'invalid_input', fields: [{ path: 'assigneeId' }] });
    expect(core.call('plans.update', { id: made.id, assigneeId: testAdmin.id }).assigneeId).toBe(testAdmin.id);
  });
});
