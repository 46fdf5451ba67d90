import { everyone, method } from '../core/method';
import * as s from './schemas';

const admin = ['admin'] as const;

export const accountsContract = {
  'accounts.list': method({
    summary: 'People who can sign in (active ones unless asked), by name, optionally by role or a text',
    access: 'read',
    roles: everyone,
    input: s.accountListInput,
    output: s.accountListOutput,
  }),
  'accounts.get': method({ summary: "One person's account", access: 'read', roles: everyone, input: s.byId, output: s.account }),
  'accounts.me': method({ summary: 'Who is calling', access: 'read', roles: everyone, input: s.noInput, output: s.me }),
  'accounts.create': method({ summary: 'Add a person with a role and an initial password', access: 'write', roles: admin, input: s.accountCreateInput, output: s.account }),
  'accounts.update': method({
    summary: "Change a person's name or role, archive or restore them (the last active admin stays)",
    access: 'write',
    roles: admin,
    input: s.accountUpdateInput,
    output: s.account,
  }),
  'accounts.setPassword': method({
    summary: "Set a password: an admin for anyone, everyone for themself with their current password",
    access: 'write',
    roles: everyone,
    input: s.setPasswordInput,
    output: s.account,
  }),
};
