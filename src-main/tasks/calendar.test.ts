import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTestCore, testTechnician, type TestCore } from '../core/testing';

let core: TestCore;
let clientId = '';
beforeEach(() => {
  core = openTestCore({ now: () => new Date('2026-12-02T10:00:00Z') });
  clientId = core.call('clients.create', { code: 'ACME', name: 'Acme', timezone: 'Europe/Rome' }).id;
});
afterEach(() => core.close());

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, summary: event.summary, location: event.location, description: event.description, start: event.startDate, end: event.endDate };
  });
}

describe('tasks.calendar', () => {
  it("exports a technician's scheduled tasks as RFC 5545 events with stable UIDs", () => {
    const site = core.call('sites.create', { clientId, name: 'Sede', address: 'Via Roma 1, 20100 Milano' });
    const visit = core.call('tasks.create', {
      clientId,
      siteId: site.id,
      kind: 'maintenance',
      priority: 'P2',
      title: 'Patch the firewall',
      assigneeId: testTechnician.id,
      scheduledAt: '2026-12-03T08:00:00Z',
      checklist: ['Backup config', 'Apply update'],
    });
    core.call('tasks.setChecklistItem', { id: visit.id, itemId: visit.checklist[0]!.id, done: true });
    const allDay = core.call('tasks.create', { clientId, kind: 'request', priority: 'P4', title: 'Inventory', assigneeId: testTechnician.id, scheduledAt: '2026-12-03T23:00:00Z' });
    core.call('tasks.create', { clientId, kind: 'request', priority: 'P3', title: 'Not scheduled', assigneeId: testTechnician.id });
    const other = core.call('accounts.create', { login: 'luca', name: 'Luca Bianchi', role: 'technician', password: 'a long enough password' });
    core.call('tasks.create', { clientId, kind: 'request', priority: 'P3', title: 'Someone else', assigneeId: other.id, scheduledAt: '2026-12-03T08:00:00Z' });

    const first = core.call('tasks.calendar', { assigneeId: testTechnician.id });
    expect(first).toMatchObject({ filename: `presidio-tasks-${testTechnician.id}.ics`, events: 2 });
    const [patch, inventory] = events(first.ics);
    expect(patch).toMatchObject({ uid: `${visit.id}@presidio`, summary: '[P2] Patch the firewall — Acme', location: 'Sede, Via Roma 1, 20100 Milano' });
    expect(patch!.description).toBe('Status: Scheduled\nChecklist:\n[x] Backup config\n[ ] Apply update');
    expect(patch!.start.toJSDate().toISOString()).toBe('2026-12-03T08:00:00.000Z');
    expect(patch!.end.toJSDate().toISOString()).toBe('2026-12-03T09:00:00.000Z');
    // Scheduled at midnight in the client's zone: an all-day event on that local date.
    expect(inventory).toMatchObject({ uid: `${allDay.id}@presidio`, summary: '[P4] Inventory — Acme', location: null });
    expect([inventory!.start.isDate, inventory!.start.toString(), inventory!.end.toString()]).toEqual([true, '2026-12-04', '2026-12-05']);

    core.call('tasks.update', { id: visit.id, title: 'Patch the firewall (v2)', status: 'in_progress' });
    const again = events(core.call('tasks.calendar', { assigneeId: testTechnician.id }).ics);
    expect(again.map((e) => e.uid)).toEqual([`${visit.id}@presidio`, `${allDay.id}@presidio`]);
    expect(again[0]).toMatchObject({ summary: '[P2] Patch the firewall (v2) — Acme' });
    expect(again[0]!.description).toMatch(/^Status: In progress\n/);
  });

  it("speaks the console's language and judges a day with no time on the console's clock when told", () => {
    const romeMidnight = core.call('tasks.create', { clientId, kind: 'request', priority: 'P3', title: 'Rome midnight', scheduledAt: '2026-12-03T23:00:00Z', checklist: ['Etichette'] });
    const newYorkMidnight = core.call('tasks.create', { clientId, kind: 'request', priority: 'P3', title: 'New York midnight', scheduledAt: '2026-12-04T05:00:00Z' });
    core.call('tasks.update', { id: romeMidnight.id, status: 'waiting_client' });

    const [rome, newYork] = events(core.call('tasks.calendar', { timezone: 'America/New_York', language: 'it' }).ics);
    expect(rome).toMatchObject({ uid: `${romeMidnight.id}@presidio`, description: 'Stato: In attesa del cliente\nChecklist:\n[ ] Etichette' });
    expect([rome!.start.isDate, rome!.start.toJSDate().toISOString()]).toEqual([false, '2026-12-03T23:00:00.000Z']);
    expect(newYork).toMatchObject({ uid: `${newYorkMidnight.id}@presidio`, description: 'Stato: Pianificato' });
    expect([newYork!.start.isDate, newYork!.start.toString()]).toEqual([true, '2026-12-04']);

    expect(errorOf(() => core.callRaw('tasks.calendar', { language: 'fr' })).fields?.[0]?.path).toBe('language');
    expect(errorOf(() => core.callRaw('tasks.calendar', { timezone: 'Mars/Olympus' })).fields?.[0]?.path).toBe('timezone');
  });

  it('exports everyone within a window, and an empty but valid calendar when nothing is scheduled', () => {
    expect(events(core.call('tasks.calendar', {}).ics)).toEqual([]);
    for (const [title, scheduledAt] of [['Before', '2026-11-01T08:00:00Z'], ['Inside', '2026-12-10T08:00:00Z'], ['After', '2027-02-01T08:00:00Z']] as const) {
      core.call('tasks.create', { clientId, kind: 'request', priority: 'P3', title, scheduledAt });
    }
    const window = core.call('tasks.calendar', { from: '2026-12-01T00:00:00Z', to: '2027-01-01T00:00:00Z' });
    expect(window.filename).toBe('presidio-tasks-all.ics');
    expect(events(window.ics).map((e) => e.summary)).toEqual(['[P3] Inside — Acme']);
  });

  it('rejects a window that ends before it starts, or bad instants, naming the field', () => {
    expect(errorOf(() => core.call('tasks.calendar', { from: '2027-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).fields?.[0]?.path).toBe('to');
    expect(errorOf(() => core.callRaw('tasks.calendar', { from: 'yesterday' })).fields?.[0]?.path).toBe('from');
  });
});
