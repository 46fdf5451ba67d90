import { z } from 'zod';
import { everyone, method, staff } from '../core/method';
import { id } from '../fleet/schemas';
import * as s from './schemas';

const noInput = z.object({}).strict().default({});

export const checksContract = {
  'checks.create': method({ summary: 'Add a check to a device, or to a bare target of a client', access: 'write', roles: everyone, input: s.checkCreateInput, output: s.check }),
  'checks.get': method({ summary: 'One check, with its state and last result', access: 'read', roles: everyone, input: s.byId, output: s.check }),
  'checks.list': method({
    summary: 'Checks of the fleet, a device, a site or a client, optionally in one state, a page at a time',
    access: 'read',
    roles: everyone,
    input: s.checkListInput,
    output: s.checkListOutput,
  }),
  'checks.update': method({ summary: 'Change a check (null clears an optional field)', access: 'write', roles: staff, input: s.checkUpdateInput, output: s.check }),
  'checks.delete': method({ summary: 'Delete a check (its history stays)', access: 'write', roles: staff, input: s.byId, output: s.check }),
  'checks.pause': method({ summary: 'Stop running a check', access: 'write', roles: staff, input: s.byId, output: s.check }),
  'checks.resume': method({ summary: 'Run a paused check again', access: 'write', roles: staff, input: s.byId, output: s.check }),
  'checks.templates': method({
    summary: 'Built-in starting points for new checks',
    access: 'read',
    roles: everyone,
    input: noInput,
    output: z.object({ items: z.array(s.checkTemplate) }),
  }),
  'checks.test': method({ summary: 'Run an unsaved check once and show the full result', access: 'async', roles: everyone, input: s.checkDefinition, output: s.fullResult }),
  'checks.runNow': method({
    summary: 'Run a check now, off its schedule, and store the result',
    access: 'async',
    roles: everyone,
    input: s.byId,
    output: z.object({ check: s.check, result: s.fullResult }),
  }),
  'checks.runSite': method({
    summary: "Run every check of a site's devices now, from this machine",
    access: 'async',
    roles: everyone,
    input: z.object({ siteId: id }).strict(),
    output: s.runSiteOutput,
  }),
  'checks.results': method({ summary: "A check's raw results, newest first", access: 'read', roles: everyone, input: s.resultsInput, output: z.object({ items: z.array(s.checkResult) }) }),
  'checks.series': method({
    summary: "A check's latency and outcomes over a range, reduced to at most `points` buckets (min/avg/max/p95 each)",
    access: 'read',
    roles: everyone,
    input: s.seriesInput,
    output: s.seriesOutput,
  }),
  'checks.schedulerStats': method({
    summary: "How the scheduler keeps up: runs started, late and skipped, and the schedule lag",
    access: 'read',
    roles: everyone,
    input: noInput,
    output: s.schedulerStats,
  }),

  'health.overview': method({
    summary: 'The fleet at a glance: states, worst devices, open alerts, expiring certificates, clients',
    access: 'read',
    roles: everyone,
    input: noInput,
    output: s.healthOverview,
  }),
  'health.rollup': method({
    summary: 'Clients and sites at the worst state of their checks, all of them or those of one client',
    access: 'read',
    roles: everyone,
    input: s.healthRollupInput,
    output: s.healthRollup,
  }),
  'health.device': method({
    summary: "A device's health: state, checks, state changes, uptime per day",
    access: 'read',
    roles: everyone,
    input: s.healthDeviceInput,
    output: s.healthDevice,
  }),

  'alerts.list': method({
    summary: 'Alerts, newest first, a page at a time',
    access: 'read',
    roles: everyone,
    input: s.alertListInput,
    output: z.object({ items: z.array(s.alert), nextCursor: z.string().nullable() }),
  }),
  'alerts.acknowledge': method({ summary: 'Acknowledge an open alert with a comment', access: 'write', roles: everyone, input: s.alertAcknowledgeInput, output: s.alert }),

  'maintenance.create': method({
    summary: 'Add a one-off or recurring maintenance window on a device, a site or a client',
    access: 'write',
    roles: staff,
    input: s.maintenanceCreateInput,
    output: s.maintenanceWindow,
  }),
  'maintenance.list': method({
    summary: 'Maintenance windows, of one device, site or client or all',
    access: 'read',
    roles: everyone,
    input: s.maintenanceListInput,
    output: z.object({ items: z.array(s.maintenanceWindow) }),
  }),
  'maintenance.suppressions': method({
    summary: 'Alerts that maintenance windows kept from opening on a device, a site or a client, newest first',
    access: 'read',
    roles: everyone,
    input: s.suppressionListInput,
    output: z.object({ items: z.array(s.suppression) }),
  }),
  'maintenance.delete': method({ summary: 'Remove a maintenance window', access: 'write', roles: staff, input: s.byId, output: s.maintenanceWindow }),
};
