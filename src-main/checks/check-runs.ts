import type { Handlers } from '../core/handlers';
import { findSite } from '../fleet/sites';
import { assertReadableCa } from './custom-ca';
import { activeCheck, findCheck, listChecks, maintenanceParam, storedDefinition } from './check-rows';
import type { checksContract } from './contract';
import { toProbeConfig, type ProbeFields } from './probe-config';
import type { OneOffResult } from './runner-protocol';
import type { ChecksRuntime } from './runtime';
import type { Check } from './schemas';

type RunMethods = Pick<typeof checksContract, 'checks.test' | 'checks.runNow' | 'checks.runSite'>;

const toFullResult = ({ at, status, latencyMs, message, details }: OneOffResult) => ({
  at: new Date(at).toISOString(),
  status,
  latencyMs,
  message,
  ...(details && { details }),
});

/** A saved check's probe, from the fields the API shows (the same ones it was validated with). */
const probeOf = (check: Check) => toProbeConfig({ ...check, warnMs: check.warnMs ?? undefined, critMs: check.critMs ?? undefined } as ProbeFields);

/** Runs saved checks now and stores their results as the schedule would (unless already on their way). */
async function runAndRecord(runtime: ChecksRuntime, checks: Check[]): Promise<OneOffResult[]> {
  const results = await runtime.run(checks.map((check) => ({ checkId: check.id, probe: probeOf(check) })));
  runtime.record(results.filter((result) => !result.recorded));
  return results;
}

export const checkRunHandlers = (runtime: ChecksRuntime): Handlers<RunMethods> => ({
  'checks.test': async (definition) => {
    assertReadableCa(definition);
    const [result] = await runtime.run([{ checkId: null, probe: toProbeConfig(definition) }]);
    return toFullResult(result!);
  },

  'checks.runNow': async ({ id }, { db, now }) => {
    storedDefinition(db, id);
    const check = findCheck(db, runtime.calendar, id, now().getTime());
    const [result] = await runAndRecord(runtime, [check]);
    return { check: findCheck(db, runtime.calendar, id, now().getTime()), result: toFullResult(result!) };
  },

  'checks.runSite': async ({ siteId }, { db, now }) => {
    findSite(db, siteId);
    const checks = listChecks(db, `${activeCheck} AND d.site_id = :siteId AND c.paused = 0`, 'ORDER BY d.name COLLATE NOCASE, c.label', {
      siteId,
      maintenance: maintenanceParam(runtime.calendar, db, now().getTime()),
    });
    const results = await runAndRecord(runtime, checks);
    return {
      items: checks.map((check, i) => ({ checkId: check.id, label: check.label, target: check.target, deviceName: check.deviceName, result: toFullResult(results[i]!) })),
    };
  },
});
