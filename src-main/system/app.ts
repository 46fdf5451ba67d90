import type { Handlers } from '../core/handlers';
import type { systemContract } from './contract';

export interface InstanceInfo {
  instance: 'desktop' | 'hub';
  version: string;
  nodeId: string;
}

export const systemHandlers = (info: InstanceInfo): Handlers<typeof systemContract> => ({
  'system.info': (_input, { actor }) => ({ ...info, actor }),
});
