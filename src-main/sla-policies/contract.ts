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
    output: z.object({ items: z.array(s.policyListItem) }),
  }),
  'slaPolicies.update': method({ summary: 'Change an SLA policy', access: 'write', roles: staff, input: s.policyUpdateInput, output: s.policy }),
  'slaPolicies.preview': method({
    summary: 'When a task opened at `at` with this priority would be due',
    access: 'read',
    roles: everyone,
    input: s.previewInput,
    output: s.previewOutput,
  }),
  'slaPolicies.previewFields': method({
    summary: 'When a task opened at `at` would be due under an unsaved calendar and targets, for each priority',
    access: 'read',
    roles: everyone,
    input: s.previewFieldsInput,
    output: s.previewFieldsOutput,
  }),
  'slaPolicies.italianHolidays': method({
    summary: 'The Italian public holidays of a year that a policy with Italian holidays keeps closed',
    access: 'read',
    roles: everyone,
    input: s.italianHolidaysInput,
    output: s.italianHolidaysOutput,
  }),
};
