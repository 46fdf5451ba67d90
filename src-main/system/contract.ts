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
  'system.instance': method({
    summary: "This instance's stable id (what a check's runOn names to run on this machine), its kind, and which checks it runs",
    access: 'read',
    roles: everyone,
    input: z.object({}).strict().default({}),
    output: z.object({
      id: z.string(),
      kind: z.enum(['desktop', 'hub']),
      hostname: z.string(),
      /** Whether this instance runs the checks placed on "hub" (a hub, or a desktop that is its own hub). */
      runsHubChecks: z.boolean(),
    }),
  }),
};
