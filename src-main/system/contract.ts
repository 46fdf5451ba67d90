import { z } from 'zod';
import { everyone, method, roles } from '../core/method';

export const systemContract = {
  'system.info': method({
    summary: 'Who is signed in and what this instance is',
    access: 'read',
    roles: everyone,
    input: z.object({}).strict().default({}),
    output: z.object({
      instance: z.enum(['desktop', 'hub']),
      version: z.string(),
      nodeId: z.string(),
      actor: z.object({ id: z.string(), name: z.string(), role: z.enum(roles) }),
    }),
  }),
};
