import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../core/actor';
import { contract } from '../core/contract';
import type { MethodSpec } from '../core/method';
import { errorOf, openTestCore, testAdmin, testTechnician } from '../core/testing';

// The role table of README.md, held to the contract: a new method that writes must be placed here.

/** What a technician writes in the field; every other write is for operators and admins. */
const fieldWork = new Set([
  'tasks.create',
  'tasks.update',
  'tasks.addNote',
  'tasks.addTime',
  'tasks.setChecklistItem',
  'devices.create',
  'devices.update',
  'contacts.create',
  'contacts.update',
  'checks.create',
  'checks.test',
  'checks.runNow',
  'checks.runSite',
  'alerts.acknowledge',
  'accounts.setPassword',
]);
const adminOnly = new Set(['accounts.create', 'accounts.update', 'fleet.loadDemo']);

const specs = Object.entries(contract as Record<string, MethodSpec>);
const operator: Actor = { id: 'test-operator', name: 'Test Operator', role: 'operator' };
const core = openTestCore();
afterAll(() => core.close());

describe('roles', () => {
  it('lets everyone read everything', () => {
    for (const [name, spec] of specs.filter(([, s]) => s.access === 'read')) expect(spec.roles, name).toEqual(['admin', 'operator', 'technician']);
  });

  it('gives technicians field work only, operators everything but people and the demo, admins everything', () => {
    for (const [name, spec] of specs.filter(([, s]) => s.access !== 'read')) {
      expect(spec.roles.includes('technician'), `${name}: technician`).toBe(fieldWork.has(name));
      expect(spec.roles.includes('operator'), `${name}: operator`).toBe(!adminOnly.has(name));
      expect(spec.roles.includes('admin'), `${name}: admin`).toBe(true);
    }
  });

  it('refuses a forbidden call before looking at its input', () => {
    for (const [name, spec] of specs) {
      for (const actor of [testTechnician, operator]) {
        if (spec.roles.includes(actor.role)) continue;
        expect(errorOf(() => core.callRaw(name, { anything: true }, actor)), `${name} as ${actor.role}`).toMatchObject({ code: 'forbidden' });
      }
    }
    expect(errorOf(() => core.callRaw('accounts.create', { anything: true }, testAdmin)).code).toBe('invalid_input');
  });
});
