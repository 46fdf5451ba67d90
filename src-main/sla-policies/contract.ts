import { z } from 'zod';
import { everyone, method, staff } from '../core/method';
import * as s from './schemas';

export const slaPoliciesContract = {
  'slaPolicies.create': method({ summary: 'Create an SLA policy', access: 'write', roles: staff, input: s.policyCreateInput, output: s.policy }),
  'slaPolicies.get': method({ summary: 'One SLA policy', access: 'read', roles: everyone, input: s.byId, output: s.policy }),
  'slaPolicies.list': method({
    summary: 'Every SLA policy, the default first',
    access: 'read',
    roles: everyone,
    input: z.object({}).strict().default({}),
    output: z.object({ items: z.array(s.policy) }),
  }),
  'slaPolicies.update': method({ summary: 'Change an SLA policy', access: 'write', roles: staff, input: s.policyUpdateInput, output: s.policy }),
  'slaPolicies.preview': method({
    summary: 'When a task opened at `at` with this priority would be due',
    access: 'read',
    roles: everyone,
    input: s.previewInput,
    output: s.previewOutput,
  }),
};
