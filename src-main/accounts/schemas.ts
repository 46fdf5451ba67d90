import { z } from 'zod';
import { roles } from '../core/method';

// Shared by the core (validation at the boundary) and the renderer (inline form errors).

export const minimumPasswordLength = 10;

export const role = z.enum(roles);
export const accountId = z.string().min(1, 'Required').max(64);
export const login = z
  .string()
  .trim()
  .min(2, 'At least 2 characters')
  .max(64, 'At most 64 characters')
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'Letters, digits and . _ @ - only (no spaces)');
export const accountName = z.string().trim().min(1, 'Required').max(200, 'At most 200 characters');
export const password = z
  .string()
  .min(minimumPasswordLength, `At least ${minimumPasswordLength} characters`)
  .max(1024, 'At most 1024 characters');

export const account = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  role,
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Account = z.infer<typeof account>;

export const byId = z.object({ id: accountId }).strict();
export const noInput = z.object({}).strict().default({});

export const accountListInput = z
  .object({
    /** Archived people are left out unless asked for. */
    includeArchived: z.boolean().default(false),
    role: z.union([role, z.array(role).min(1)]).optional(),
    /** Part of a name or login, case-insensitive. */
    query: z.string().trim().max(100).optional(),
    /** Just these accounts (archived or not, with includeArchived), e.g. to show names for ids. */
    ids: z.array(accountId).max(500).optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict()
  .default({ includeArchived: false, limit: 200 });

export const accountListOutput = z.object({ items: z.array(account), total: z.number().int() });

export const accountCreateInput = z.object({ login, name: accountName, role, password }).strict();

export const accountUpdateInput = z
  .object({ id: accountId, name: accountName.optional(), role: role.optional(), archived: z.boolean().optional() })
  .strict();

export const setPasswordInput = z
  .object({
    id: accountId,
    password,
    /** Required when changing one's own password; an admin resetting someone else's leaves it out. */
    currentPassword: z.string().max(1024).optional(),
  })
  .strict();

export const me = z.object({
  actor: z.object({ id: z.string(), name: z.string(), role }),
  /** Null for the admin token (and its one-time sign-in link), which is not a person's account. */
  account: account.nullable(),
  /** Whether the caller has a password on this instance (the desktop user starts without one). */
  hasPassword: z.boolean(),
});
