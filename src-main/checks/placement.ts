import type { Queries } from '../store/queries';

/** Which checks this instance runs: those placed on its own id, and perhaps those placed on the hub. */
export interface Placement {
  kind: InstanceKind;
  instanceId: string;
  runsHubChecks: boolean;
}

export type InstanceKind = 'desktop' | 'hub';

/** A check's `runOn` that means "whichever instance is the hub", as opposed to one instance's id. */
export const hubPlacement = 'hub';

/**
 * The one rule of who runs what. A hub runs the hub's checks. A desktop runs the checks placed on
 * it; until sync exists a desktop is never attached to a hub, so it is its own hub and runs the
 * hub's checks too — otherwise a check made on a hub and copied over would run nowhere.
 */
export function placementOf(kind: InstanceKind, instanceId: string): Placement {
  const attachedToHub = false;
  return { kind, instanceId, runsHubChecks: kind === 'hub' || !attachedToHub };
}

/** Where a new check runs when its creator does not say: continuously on a hub, or on this laptop. */
export const defaultRunOn = (placement: Placement): string => (placement.kind === 'hub' ? hubPlacement : placement.instanceId);

/** The placement rule as SQL over the checks table aliased `c`, with its parameters. */
export function runsHereSql(placement: Placement): { sql: string; params: { instanceId: string; runsHubChecks: number } } {
  return {
    sql: `(c.run_on = :instanceId OR (:runsHubChecks = 1 AND c.run_on = '${hubPlacement}'))`,
    params: { instanceId: placement.instanceId, runsHubChecks: placement.runsHubChecks ? 1 : 0 },
  };
}

/** This database's instance id, made by migration 0006 when the database was first opened. */
export function readInstanceId(db: Queries): string {
  const id = db.value<string>('SELECT id FROM instance');
  if (!id) throw new Error('This database has no instance id: migration 0006 did not run');
  return id;
}
