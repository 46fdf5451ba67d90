import { z } from 'zod';

// Shared by the core (validation at the boundary) and the renderer (inline form errors).

const trimmed = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const requiredName = (max = 200) => trimmed(max).min(1, 'Required');
const optionalText = (max = 200) => trimmed(max).default('');

export const id = z.string().min(1, 'Required').max(64);
const isoInstant = z.string();

export const timezone = z.string().refine(isTimeZone, 'Not a known IANA time zone (e.g. Europe/Rome)');

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

export const clientCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,15}$/, '2–16 letters, digits, - or _');

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();
export const ipAddress = z
  .string()
  .trim()
  .refine((v) => v === '' || ipv4.safeParse(v).success || ipv6.safeParse(v).success, 'Not a valid IPv4 or IPv6 address');

export const macAddress = z
  .string()
  .trim()
  .refine((v) => v === '' || normalizeMac(v) !== null, 'Not a valid MAC address (e.g. 00:1A:2B:3C:4D:5E)')
  .transform((v) => (v === '' ? '' : (normalizeMac(v) ?? v)));

const macPattern = /^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$|^([0-9a-f]{4}\.){2}[0-9a-f]{4}$|^[0-9a-f]{12}$/i;

export function normalizeMac(value: string): string | null {
  if (!macPattern.test(value)) return null;
  return value.replace(/[:\-.]/g, '').toUpperCase().match(/../g)!.join(':');
}

const cidr = z
  .string()
  .trim()
  .refine((v) => {
    const [address, bits, extra] = v.split('/');
    if (extra !== undefined || address === undefined || bits === undefined || !/^\d{1,3}$/.test(bits)) return false;
    if (ipv4.safeParse(address).success) return Number(bits) <= 32;
    return ipv6.safeParse(address).success && Number(bits) <= 128;
  }, 'Not a network in CIDR form (e.g. 192.168.10.0/24)');

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date as YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'Not a real date');

export const deviceKinds = ['server', 'workstation', 'laptop', 'firewall', 'switch', 'access_point', 'printer', 'nas', 'vm', 'other'] as const;
export const deviceKind = z.enum(deviceKinds);
export type DeviceKind = z.infer<typeof deviceKind>;

export const criticalities = ['low', 'medium', 'high', 'critical'] as const;
export const criticality = z.enum(criticalities);

const tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_.:-]{0,39}$/u, 'Tags are 1–40 letters, digits, _ . : -');

const archiveState = z.enum(['active', 'archived', 'all']).default('active');

// ---- clients

export const clientFields = {
  code: clientCode,
  name: requiredName(),
  timezone: timezone.default('Europe/Rome'),
  notes: optionalText(5000),
};
/** null or absent: the default policy. */
const slaPolicyId = id.nullable().optional();
export const clientCreateInput = z.object({ ...clientFields, slaPolicyId }).strict();
export const clientUpdateInput = z
  .object({ id, ...partial(clientFields), slaPolicyId })
  .strict();

export const client = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  timezone: z.string(),
  notes: z.string(),
  slaPolicyId: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  archivedAt: isoInstant.nullable(),
});
export type Client = z.infer<typeof client>;

export const clientSummary = client.extend({ siteCount: z.number(), deviceCount: z.number() });
export type ClientSummary = z.infer<typeof clientSummary>;

export const clientListInput = z
  .object({ query: trimmed(200).optional(), archived: archiveState })
  .strict()
  .default({ archived: 'active' });

// ---- sites

export const siteFields = {
  name: requiredName(),
  address: optionalText(500),
  networks: z.array(cidr).max(64).default([]),
  notes: optionalText(5000),
};
export const siteCreateInput = z.object({ clientId: id, ...siteFields }).strict();
export const siteUpdateInput = z.object({ id, ...partial(siteFields) }).strict();
export const site = z.object({
  id: z.string(),
  clientId: z.string(),
  name: z.string(),
  address: z.string(),
  networks: z.array(z.string()),
  notes: z.string(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  archivedAt: isoInstant.nullable(),
});
export type Site = z.infer<typeof site>;
export const siteSummary = site.extend({ clientName: z.string(), deviceCount: z.number() });
export type SiteSummary = z.infer<typeof siteSummary>;
export const siteListInput = z
  .object({ clientId: id.optional(), query: trimmed(200).optional(), archived: archiveState })
  .strict();

// ---- contacts

export const contactFields = {
  siteId: id.nullable().default(null),
  name: requiredName(),
  role: optionalText(100),
  email: z
    .string()
    .trim()
    .refine((v) => v === '' || z.email().safeParse(v).success, 'Not a valid e-mail address')
    .default(''),
  phone: z
    .string()
    .trim()
    .regex(/^$|^\+?[0-9 ().\/-]{4,30}$/, 'Not a valid phone number')
    .default(''),
  notes: optionalText(5000),
};
export const contactCreateInput = z.object({ clientId: id, ...contactFields }).strict();
export const contactUpdateInput = z.object({ id, ...partial(contactFields) }).strict();
export const contact = z.object({
  id: z.string(),
  clientId: z.string(),
  siteId: z.string().nullable(),
  name: z.string(),
  role: z.string(),
  email: z.string(),
  phone: z.string(),
  notes: z.string(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  archivedAt: isoInstant.nullable(),
});
export type Contact = z.infer<typeof contact>;
export const contactListInput = z
  .object({ clientId: id.optional(), siteId: id.optional(), archived: archiveState })
  .strict();

// ---- devices

export const deviceFields = {
  siteId: id.nullable().default(null),
  name: requiredName(),
  kind: deviceKind,
  hostname: z
    .string()
    .trim()
    .max(253)
    .regex(/^$|^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9-]{1,63})*\.?$/, 'Not a valid host name')
    .default(''),
  ip: ipAddress.default(''),
  mac: macAddress.default(''),
  os: optionalText(100),
  vendor: optionalText(100),
  model: optionalText(100),
  serial: optionalText(100),
  warrantyEnd: isoDate.nullable().default(null),
  criticality: criticality.default('medium'),
  tags: z
    .array(tag)
    .max(32)
    .default([])
    .transform((tags) => [...new Set(tags)]),
  notes: optionalText(5000),
};
export const deviceCreateInput = z.object({ clientId: id, ...deviceFields }).strict();
export const deviceUpdateInput = z.object({ id, ...partial(deviceFields) }).strict();
export const device = z.object({
  id: z.string(),
  clientId: z.string(),
  siteId: z.string().nullable(),
  name: z.string(),
  kind: deviceKind,
  hostname: z.string(),
  ip: z.string(),
  mac: z.string(),
  os: z.string(),
  vendor: z.string(),
  model: z.string(),
  serial: z.string(),
  warrantyEnd: z.string().nullable(),
  criticality,
  tags: z.array(z.string()),
  notes: z.string(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  archivedAt: isoInstant.nullable(),
});
export type Device = z.infer<typeof device>;
export const deviceListItem = device.extend({ clientName: z.string(), clientCode: z.string(), siteName: z.string().nullable() });
export type DeviceListItem = z.infer<typeof deviceListItem>;

export const deviceSortKeys = ['name', 'hostname', 'ip', 'kind', 'os', 'client', 'site', 'warrantyEnd', 'criticality', 'updatedAt'] as const;
export const deviceSearchInput = z
  .object({
    query: trimmed(200).optional(),
    clientId: id.optional(),
    siteId: id.optional(),
    kind: deviceKind.optional(),
    tag: tag.optional(),
    os: trimmed(100).optional(),
    warrantyBefore: isoDate.optional(),
    archived: archiveState,
    sort: z
      .object({ by: z.enum(deviceSortKeys), dir: z.enum(['asc', 'desc']).default('asc') })
      .default({ by: 'name', dir: 'asc' }),
    limit: z.number().int().min(1).max(500).default(100),
    cursor: z.string().max(64).optional(),
    /** Where a virtualised table jumps to; `cursor` is for walking page after page. */
    offset: z.number().int().min(0).optional(),
  })
  .strict();
export type DeviceSearchInput = z.input<typeof deviceSearchInput>;
export const deviceSearchOutput = z.object({
  items: z.array(deviceListItem),
  total: z.number(),
  nextCursor: z.string().nullable(),
});

export const deviceFacetsOutput = z.object({
  os: z.array(z.object({ value: z.string(), count: z.number() })),
  tags: z.array(z.object({ value: z.string(), count: z.number() })),
});

// ---- shared

export const byId = z.object({ id }).strict();
export const fleetSearchInput = z.object({ query: trimmed(200).min(1, 'Required'), limit: z.number().int().min(1).max(50).default(8) }).strict();
export const fleetSearchOutput = z.object({
  clients: z.array(clientSummary),
  sites: z.array(siteSummary),
  devices: z.array(deviceListItem),
});

/** `partial()` that keeps each field's own validation but drops its default, so an update touches only what it names. */
function partial<T extends Record<string, z.ZodType>>(fields: T): { [K in keyof T]: z.ZodOptional<T[K]> } {
  return Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => [key, (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema).optional()]),
  ) as { [K in keyof T]: z.ZodOptional<T[K]> };
}
