import { afterEach, describe, expect, it, vi } from 'vitest';
import { openTestCore, type TestCore } from '../core/testing';
import { createCheck } from './checks';
import { placementOf } from './placement';
import type { ProbeConfig } from './probes';
import { inProcessRunner } from './runner-link';
import { checkCreateInput } from './schemas';
import { errorOf, seedFleet } from './test-support/core';

const otherInstance = `ins_${'ab'.repeat(12)}`;
let core: TestCore | undefined;
afterEach(() => {
  core?.close();
  core = undefined;
});

/** A core of the given kind whose probes answer at once, telling which ports were probed. */
function coreThatProbes(instance: 'desktop' | 'hub') {
  const probedPorts = new Set<number>();
  const probe = async (config: ProbeConfig) => {
    if (config.kind === 'tcp') probedPorts.add(config.port);
    return { status: 'ok' as const, latencyMs: 1, message: 'open' };
  };
  const opened = openTestCore({ instance, checks: { runner: inProcessRunner({ probe, batchPings: false }) } });
  core = opened;
  return { core: opened, probedPorts, fleet: seedFleet(opened), instanceId: opened.call('system.instance', {}).id };
}

const tcp = (port: number) => ({ kind: 'tcp' as const, host: '127.0.0.1', port, intervalSeconds: 3600 });

describe('which instance runs a check', () => {
  it('is decided by one rule: a hub and a desktop (its own hub, until sync exists) run the hub\'s checks', () => {
    expect(placementOf('hub', 'ins_x')).toEqual({ kind: 'hub', instanceId: 'ins_x', runsHubChecks: true });
    expect(placementOf('desktop', 'ins_y')).toEqual({ kind: 'desktop', instanceId: 'ins_y', runsHubChecks: true });
  });

  it.each(['desktop', 'hub'] as const)('a %s schedules its own and the hub\'s checks, never another instance\'s', async (kind) => {
    const { core, probedPorts, fleet, instanceId } = coreThatProbes(kind);
    // A check placed on another laptop, as sync would bring it: it arrives first, so had it been
    // scheduled it would have run before the two below.
    const elsewhere = core.store.write((tx) => createCheck(tx, checkCreateInput.parse({ deviceId: fleet.deviceId, runOn: otherInstance, ...tcp(3) }), new Date().toISOString()));
    core.checks.definitionsChanged({ checkIds: [elsewhere] });
    core.call('checks.create', { deviceId: fleet.deviceId, runOn: instanceId, ...tcp(1) });
    core.call('checks.create', { deviceId: fleet.deviceId, runOn: 'hub', ...tcp(2) });

    await vi.waitFor(() => expect([...probedPorts].sort()).toEqual([1, 2]));
    expect(core.checks.schedulerStats().checks).toBe(2);
  });

  it('places a new check on the hub when made on a hub, and on this machine when made on a desktop', () => {
    const onHub = coreThatProbes('hub');
    expect(onHub.core.call('checks.create', { deviceId: onHub.fleet.deviceId, ...tcp(1) }).runOn).toBe('hub');
    onHub.core.close();
    const onDesktop = coreThatProbes('desktop');
    expect(onDesktop.instanceId).toMatch(/^ins_[0-9a-f]{24}$/);
    expect(onDesktop.core.call('checks.create', { deviceId: onDesktop.fleet.deviceId, ...tcp(1) }).runOn).toBe(onDesktop.instanceId);
  });

  it('moves a check between the hub and this machine, and refuses an instance it cannot know', () => {
    const { core, fleet, instanceId } = coreThatProbes('desktop');
    const check = core.call('checks.create', { deviceId: fleet.deviceId, ...tcp(1) });
    expect(core.call('checks.update', { id: check.id, runOn: 'hub' }).runOn).toBe('hub');
    expect(core.call('checks.update', { id: check.id, runOn: instanceId }).runOn).toBe(instanceId);

    const unknown = errorOf(() => core.call('checks.update', { id: check.id, runOn: otherInstance, intervalSeconds: 5 }));
    expect(unknown.code).toBe('invalid_input');
    expect(unknown.fields).toEqual([{ path: 'runOn', message: expect.stringContaining(instanceId) }]);
    expect(core.call('checks.get', { id: check.id })).toMatchObject({ runOn: instanceId, intervalSeconds: 3600 });

    const malformed = errorOf(() => core.callRaw('checks.create', { deviceId: fleet.deviceId, runOn: 'laptop', ...tcp(1) }));
    expect(malformed.fields?.map((field) => field.path)).toEqual(['runOn']);
    expect(errorOf(() => core.call('checks.create', { deviceId: fleet.deviceId, runOn: otherInstance, ...tcp(1) })).fields?.[0]?.path).toBe('runOn');
    expect(core.call('checks.list', { limit: 10 }).total).toBe(1);
  });

  it('runs a check placed elsewhere from this machine when asked to run it now, without scheduling it', async () => {
    const { core, probedPorts, fleet } = coreThatProbes('desktop');
    const elsewhere = core.store.write((tx) => createCheck(tx, checkCreateInput.parse({ deviceId: fleet.deviceId, runOn: otherInstance, ...tcp(7) }), new Date().toISOString()));
    core.checks.definitionsChanged({ checkIds: [elsewhere] });
    expect((await core.call('checks.runNow', { id: elsewhere })).result.status).toBe('ok');
    expect((await core.call('checks.runSite', { siteId: fleet.siteId })).items.map((item) => item.checkId)).toEqual([elsewhere]);
    expect([...probedPorts]).toEqual([7]);
    expect(core.checks.schedulerStats().checks).toBe(0);
  });

  it('keeps a check on the instance it was placed on when it is edited here', () => {
    const { core, fleet } = coreThatProbes('hub');
    const elsewhere = core.store.write((tx) => createCheck(tx, checkCreateInput.parse({ deviceId: fleet.deviceId, runOn: otherInstance, ...tcp(3) }), new Date().toISOString()));
    expect(core.call('checks.update', { id: elsewhere, runOn: otherInstance, intervalSeconds: 60 })).toMatchObject({ runOn: otherInstance, intervalSeconds: 60 });
  });
});
