import { hostname } from 'node:os';
import { placementOf, readInstanceId } from '../checks/placement';
import type { Handlers } from '../core/handlers';
import type { systemContract } from './contract';

export interface InstanceInfo {
  instance: 'desktop' | 'hub';
  version: string;
  nodeId: string;
}

export const systemHandlers = (info: InstanceInfo): Handlers<typeof systemContract> => ({
  'system.info': (_input, { actor }) => ({ ...info, actor }),
  'system.instance': (_input, { db }) => {
    const placement = placementOf(info.instance, readInstanceId(db));
    return { id: placement.instanceId, kind: placement.kind, hostname: hostname(), runsHubChecks: placement.runsHubChecks };
  },
});
