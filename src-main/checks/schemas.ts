import { z } from 'zod';
import { id } from '../fleet/schemas';
import { checkStates, resultStatuses } from './status';

// Shared by the core (validation at every boundary) and the renderer (the check editor's inline errors).

const isoInstant = z.string();
const instantInput = z.iso.datetime({ offset: true, message: 'An ISO 8601 instant, e.g. 2026-03-01T09:00:00Z' });

export const checkKinds = ['ping', 'tcp', 'http', 'tls', 'dns'] as const;
export const checkKind = z.enum(checkKinds);
export type CheckKind = z.infer<typeof checkKind>;

export const dnsRecordTypes = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'SOA', 'SRV', 'PTR'] as const;
export const httpMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

const ipv4 = z.ipv4();
const ipv6 = z.ipv6();
const isIpLiteral = (value: string) => ipv4.safeParse(value).success || ipv6.safeParse(value).success;
const hostnamePattern = /^(?=.{1,253}\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.?$/;
// DNS questions also name service labels (_sip._tcp...) and reverse zones.
const dnsNamePattern = /^(?=.{1,253}\.?$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\.?$/;

/** A host name or an IP literal; never one that starts with "-" (it reaches ping's command line). */
export const host = z
  .string()
  .trim()
  .min(1, 'Required')
  .refine((v) => isIpLiteral(v) || hostnamePattern.test(v), 'Not a valid host name or IP address');

const port = z.number({ message: 'A port number from 1 to 65535' }).int('A whole number').min(1, 'A port number from 1 to 65535').max(65535, 'A port number from 1 to 65535');

const httpUrl = z
  .string()
  .trim()
  .max(2048, 'At most 2048 characters')
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'Not a valid http:// or https:// URL');

/** Node's resolver takes addresses only: "1.2.3.4", "1.2.3.4:5353", "::1" or "[::1]:5353". */
export const resolver = z
  .string()
  .trim()
  .refine((v) => {
    const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(v);
    if (bracketed) return ipv6.safeParse(bracketed[1]).success && validPort(bracketed[2]);
    if (ipv6.safeParse(v).success) return true;
    const [address, portText, extra] = v.split(':');
    return extra === undefined && ipv4.safeParse(address).success && validPort(portText);
  }, 'A resolver address: 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53');

function validPort(text: string | undefined): boolean {
  return text === undefined || (/^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535);
}

const maxPatternLength = 200;

/**
 * Why a body regex is refused, or undefined. A cheap guard against catastrophic backtracking: a
 * bounded length and no quantified group that itself holds a quantifier, like (a+)+ or (\w*)*.
 */
export function regexProblem(pattern: string, flags = ''): string | undefined {
  if (pattern.length > maxPatternLength) return `At most ${maxPatternLength} characters`;
  if (!/^[imsu]*$/.test(flags)) return 'Flags may only be i, m, s and u';
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return `Not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (hasNestedQuantifier(pattern)) return 'Nested quantifiers such as (a+)+ can take forever on some bodies: rewrite the pattern';
  return undefined;
}

function hasNestedQuantifier(pattern: string): boolean {
  const groups: boolean[] = []; // per open group: does it hold a quantifier?
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      groups.push(false);
    } else if (c === ')') {
      const holdsQuantifier = groups.pop() ?? false;
      const next = pattern[i + 1];
      if (holdsQuantifier && (next === '*' || next === '+' || next === '{')) return true;
      if (holdsQuantifier && groups.length > 0) groups[groups.length - 1] = true;
    } else if ((c === '*' || c === '+' || c === '{') && groups.length > 0) {
      groups[groups.length - 1] = true;
    }
  }
  return false;
}

export const bodyMatch = z
  .object({
    type: z.enum(['keyword', 'regex']),
    pattern: z.string().min(1, 'Required').max(maxPatternLength, `At most ${maxPatternLength} characters`),
    flags: z.string().max(4).optional(),
    expect: z.enum(['present', 'absent']).default('present'),
  })
  .strict()
  .superRefine((match, ctx) => {
    if (match.type === 'keyword') {
      if (match.flags) ctx.addIssue({ code: 'custom', path: ['flags'], message: 'Flags apply to regex matches only' });
      return;
    }
    const problem = regexProblem(match.pattern, match.flags);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.startsWith('Flags') ? 'flags' : 'pattern'], message: problem });
  });

const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/, 'Not a valid header name');
const headerValue = z.string().max(4096).regex(/^[^\r\n]*$/, 'A header value is one line');

const pemBlock = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/**
 * Why pasted PEM text is not one or more certificates, or undefined. The shape only: the core
 * also parses each certificate (custom-ca.ts), which the browser cannot.
 */
export function pemProblem(text: string): string | undefined {
  const blocks = [...text.matchAll(pemBlock)];
  if (blocks.length === 0) return 'Paste the CA certificate in PEM form, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----';
  for (const [, label, body] of blocks) {
    if (label!.includes('PRIVATE KEY')) return 'This is a private key: paste the CA certificate instead, and keep the key secret';
    if (label !== 'CERTIFICATE') return `A ${label} block is not a certificate: paste only CERTIFICATE blocks`;
    if (!/^[A-Za-z0-9+/=\s]+$/.test(body!)) return 'A certificate block holds characters that are not base64: paste it again, whole';
  }
  if (text.replace(pemBlock, '').trim() !== '') return 'Only certificate blocks, nothing between or around them';
  return undefined;
}

const pem = z
  .string()
  .max(64 * 1024, 'At most 64 KiB')
  .superRefine((text, ctx) => {
    const problem = pemProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const days = z.number().int('A whole number').min(0).max(3650);

/** Every kind-specific field, each validated on its own; which kind needs which is `fieldsByKind`. */
export const kindFields = {
  host,
  port,
  count: z.number().int('A whole number').min(1).max(10),
  url: httpUrl,
  method: z.enum(httpMethods),
  headers: z.record(headerName, headerValue).refine((h) => Object.keys(h).length <= 32, 'At most 32 headers'),
  body: z.string().max(64 * 1024, 'At most 64 KiB'),
  expectedStatus: z
    .object({ min: z.number().int().min(100).max(599), max: z.number().int().min(100).max(599) })
    .strict()
    .refine((range) => range.min <= range.max, { message: 'min must not exceed max', path: ['max'] }),
  bodyMatch,
  followRedirects: z.boolean(),
  ignoreTls: z.boolean(),
  maxBodyBytes: z.number().int().min(1).max(16 * 1024 * 1024, 'At most 16 MiB'),
  ca: pem,
  servername: host,
  warnDays: days,
  critDays: days,
  name: z.string().trim().regex(dnsNamePattern, 'Not a valid DNS name'),
  recordType: z.enum(dnsRecordTypes),
  resolver,
  expected: z.string().trim().min(1, 'Required').max(500),
};
export type KindField = keyof typeof kindFields;

export const fieldsByKind: Record<CheckKind, { required: readonly KindField[]; optional: readonly KindField[] }> = {
  ping: { required: ['host'], optional: ['count'] },
  tcp: { required: ['host', 'port'], optional: [] },
  http: {
    required: ['url'],
    optional: ['method', 'headers', 'body', 'expectedStatus', 'bodyMatch', 'followRedirects', 'ignoreTls', 'maxBodyBytes', 'ca'],
  },
  tls: { required: ['host'], optional: ['port', 'servername', 'warnDays', 'critDays', 'ca'] },
  dns: { required: ['name', 'recordType'], optional: ['resolver', 'expected'] },
};

const latencyMs = z.number().int('A whole number of milliseconds').min(0).max(600_000);

export const commonCheckFields = {
  label: z.string().trim().max(200, 'At most 200 characters').default(''),
  intervalSeconds: z.number({ message: 'A number of seconds' }).int('A whole number of seconds').min(1, 'At least 1 second').max(86_400, 'At most a day').default(60),
  timeoutMs: z.number().int('A whole number of milliseconds').min(100, 'At least 100 ms').max(60_000, 'At most 60 s').default(5000),
  /** Failures in a row before the state changes and an alert opens. */
  retries: z.number().int('A whole number').min(1, 'At least 1').max(10, 'At most 10').default(2),
  warnMs: latencyMs.optional(),
  critMs: latencyMs.optional(),
  paused: z.boolean().default(false),
};

/** Which replica runs a check: "hub", or the id of one instance (see `system.instance`). */
export const runOn = z
  .string()
  .trim()
  .regex(/^(hub|ins_[0-9a-f]{24})$/, 'Either "hub" or an instance id (ins_ and 24 hex digits, see system.instance)');

type KindFieldValues = { [K in KindField]?: z.output<(typeof kindFields)[K]> };

/** The rules that span fields: which fields each kind needs and allows, thresholds in order. */
function checkConsistency(value: { kind: CheckKind; warnMs?: number; critMs?: number } & KindFieldValues, ctx: z.RefinementCtx): void {
  const { required, optional } = fieldsByKind[value.kind];
  for (const field of required) {
    if (value[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `Required for ${value.kind} checks` });
  }
  for (const field of Object.keys(kindFields) as KindField[]) {
    if (value[field] !== undefined && !required.includes(field) && !optional.includes(field)) {
      ctx.addIssue({ code: 'custom', path: [field], message: `Not used by ${value.kind} checks` });
    }
  }
  if (value.warnMs !== undefined && value.critMs !== undefined && value.warnMs >= value.critMs) {
    ctx.addIssue({ code: 'custom', path: ['critMs'], message: 'critMs must be greater than warnMs' });
  }
  if (value.warnDays !== undefined && value.critDays !== undefined && value.critDays > value.warnDays) {
    ctx.addIssue({ code: 'custom', path: ['critDays'], message: 'critDays must not exceed warnDays' });
  }
}

const optionalKindFields = Object.fromEntries(Object.entries(kindFields).map(([key, schema]) => [key, schema.optional()])) as {
  [K in KindField]: z.ZodOptional<(typeof kindFields)[K]>;
};

/** A check's definition without its owner: what `checks.test` runs and what an update is checked against. */
export const checkDefinition = z
  .object({ kind: checkKind, ...commonCheckFields, ...optionalKindFields })
  .strict()
  .superRefine(checkConsistency);
export type CheckDefinition = z.output<typeof checkDefinition>;

export const checkCreateInput = z
  .object({ deviceId: id.optional(), clientId: id.optional(), runOn: runOn.optional(), kind: checkKind, ...commonCheckFields, ...optionalKindFields })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.deviceId === undefined) === (value.clientId === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['deviceId'], message: 'Give either deviceId (a check on a device) or clientId (a bare target of a client)' });
    }
    checkConsistency(value, ctx);
  });
export type CheckCreateInput = z.input<typeof checkCreateInput>;

/** Fields to change; null clears an optional field. The merged check is validated again as a whole. */
export const checkUpdateInput = z
  .object({
    id,
    runOn: runOn.optional(),
    kind: checkKind.optional(),
    label: commonCheckFields.label.unwrap().optional(),
    intervalSeconds: commonCheckFields.intervalSeconds.unwrap().optional(),
    timeoutMs: commonCheckFields.timeoutMs.unwrap().optional(),
    retries: commonCheckFields.retries.unwrap().optional(),
    warnMs: latencyMs.nullable().optional(),
    critMs: latencyMs.nullable().optional(),
    ...(Object.fromEntries(Object.entries(kindFields).map(([key, schema]) => [key, schema.nullable().optional()])) as {
      [K in KindField]: z.ZodOptional<z.ZodNullable<(typeof kindFields)[K]>>;
    }),
  })
  .strict();
export type CheckUpdateInput = z.output<typeof checkUpdateInput>;

export const byId = z.object({ id }).strict();

export const checkResult = z.object({
  at: isoInstant,
  status: z.enum(resultStatuses),
  latencyMs: z.number().nullable(),
  message: z.string(),
});
export type CheckResult = z.infer<typeof checkResult>;

/** A result with everything the probe found (timings, certificate, answers): what "Test now" shows. */
export const fullResult = checkResult.extend({ details: z.record(z.string(), z.unknown()).optional() });

export const check = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  deviceId: z.string().nullable(),
  deviceName: z.string().nullable(),
  siteId: z.string().nullable(),
  runOn: z.string(),
  kind: checkKind,
  label: z.string(),
  target: z.string(),
  intervalSeconds: z.number(),
  timeoutMs: z.number(),
  retries: z.number(),
  warnMs: z.number().nullable(),
  critMs: z.number().nullable(),
  paused: z.boolean(),
  ...optionalKindFields,
  state: z.enum(checkStates),
  stateSince: isoInstant.nullable(),
  consecutiveFailures: z.number(),
  lastResult: checkResult.nullable(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  deletedAt: isoInstant.nullable(),
});
export type Check = z.infer<typeof check>;

export const checkListInput = z
  .object({
    deviceId: id.optional(),
    clientId: id.optional(),
    siteId: id.optional(),
    /** Only checks on a bare target (no device). */
    bare: z.boolean().optional(),
    kind: checkKind.optional(),
    state: z.enum(checkStates).optional(),
    limit: z.number().int().min(1).max(500).default(100),
    cursor: z.string().max(64).optional(),
  })
  .strict()
  .default({ limit: 100 });

export const checkListOutput = z.object({ items: z.array(check), total: z.number(), nextCursor: z.string().nullable() });

export const checkTemplate = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  kind: checkKind,
  /** What the user still has to fill in (the target). */
  needs: z.array(z.string()),
  defaults: z.record(z.string(), z.unknown()),
});

export const resultsInput = z
  .object({
    checkId: id,
    from: instantInput.optional(),
    to: instantInput.optional(),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict()
  .refine((r) => r.from === undefined || r.to === undefined || Date.parse(r.from) < Date.parse(r.to), { message: 'from must be before to', path: ['to'] });

export const seriesInput = z
  .object({ checkId: id, from: instantInput, to: instantInput, points: z.number().int().min(1).max(2000) })
  .strict()
  .refine((r) => Date.parse(r.from) < Date.parse(r.to), { message: 'from must be before to', path: ['to'] });

export const seriesPoint = z.object({
  at: isoInstant,
  count: z.number(),
  ok: z.number(),
  warning: z.number(),
  critical: z.number(),
  unknown: z.number(),
  minMs: z.number().nullable(),
  avgMs: z.number().nullable(),
  maxMs: z.number().nullable(),
  p95Ms: z.number().nullable(),
});
export type SeriesPoint = z.infer<typeof seriesPoint>;

export const seriesOutput = z.object({
  checkId: z.string(),
  source: z.enum(['raw', 'minute', 'hour', 'day']),
  bucketMs: z.number(),
  points: z.array(seriesPoint),
});

export const runSiteOutput = z.object({
  items: z.array(z.object({ checkId: z.string(), label: z.string(), target: z.string(), deviceName: z.string().nullable(), result: fullResult })),
});

export const schedulerStats = z.object({
  checks: z.number(),
  running: z.number(),
  started: z.number(),
  /** Runs that started more than `lateAfterMs` after their slot. */
  late: z.number(),
  lateAfterMs: z.number(),
  /** Slots dropped because the check was still running or a whole interval late. */
  skipped: z.number(),
  lag: z.object({ boundsMs: z.array(z.number()), counts: z.array(z.number()), p50Ms: z.number().nullable(), p99Ms: z.number().nullable() }),
  resultsRecorded: z.number(),
});
export type SchedulerStats = z.infer<typeof schedulerStats>;

// ---- maintenance windows

export const maintenanceCreateInput = z
  .object({
    deviceId: id.optional(),
    siteId: id.optional(),
    clientId: id.optional(),
    reason: z.string().trim().max(500).default(''),
    from: instantInput.optional(),
    to: instantInput.optional(),
    rrule: z.string().trim().max(500).optional(),
    /** Local wall time of the first window, "YYYY-MM-DDTHH:MM", in `timezone`. */
    start: z.string().optional(),
    durationMinutes: z.number().int('A whole number of minutes').min(1).max(7 * 24 * 60, 'At most a week').optional(),
    timezone: z.string().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const scopes = [value.deviceId, value.siteId, value.clientId].filter((v) => v !== undefined);
    if (scopes.length !== 1) ctx.addIssue({ code: 'custom', path: ['deviceId'], message: 'Give exactly one of deviceId, siteId or clientId' });
    const oneOff = value.from !== undefined || value.to !== undefined;
    const recurring = [value.rrule, value.start, value.durationMinutes, value.timezone].some((v) => v !== undefined);
    if (oneOff === recurring) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'Give either from and to (one-off) or rrule, start, durationMinutes and timezone (recurring)' });
      return;
    }
    const need = (field: 'from' | 'to' | 'rrule' | 'start' | 'durationMinutes' | 'timezone') => {
      if (value[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'Required' });
    };
    if (oneOff) {
      need('from');
      need('to');
      if (value.from && value.to && Date.parse(value.from) >= Date.parse(value.to)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must be after from' });
    } else {
      (['rrule', 'start', 'durationMinutes', 'timezone'] as const).forEach(need);
    }
  });

export const suppressionListInput = z
  .object({ deviceId: id.optional(), siteId: id.optional(), clientId: id.optional(), limit: z.number().int().min(1).max(500).default(50) })
  .strict()
  .refine((value) => [value.deviceId, value.siteId, value.clientId].filter((v) => v !== undefined).length === 1, {
    message: 'Give exactly one of deviceId, siteId or clientId',
    path: ['deviceId'],
  });

/** An alert a maintenance window kept from opening. */
export const suppression = z.object({
  at: isoInstant,
  checkId: z.string(),
  checkLabel: z.string(),
  deviceName: z.string().nullable(),
  windowId: z.string(),
  windowReason: z.string(),
  severity: z.string(),
  message: z.string(),
});

export const maintenanceWindow = z.object({
  id: z.string(),
  scope: z.enum(['device', 'site', 'client']),
  scopeId: z.string(),
  scopeName: z.string(),
  reason: z.string(),
  from: isoInstant.nullable(),
  to: isoInstant.nullable(),
  rrule: z.string().nullable(),
  start: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  timezone: z.string().nullable(),
  /** Whether a window covers this instant, and when the next one begins (null when none is ahead). */
  activeNow: z.boolean(),
  nextStart: isoInstant.nullable(),
  createdAt: isoInstant,
  createdBy: z.string(),
});
export type MaintenanceWindow = z.infer<typeof maintenanceWindow>;

export const maintenanceListInput = z
  .object({ deviceId: id.optional(), siteId: id.optional(), clientId: id.optional() })
  .strict()
  .default({});

// ---- alerts

export const alertSeverity = z.enum(['warning', 'critical', 'unknown']);

export const alert = z.object({
  id: z.string(),
  checkId: z.string(),
  checkLabel: z.string(),
  deviceId: z.string().nullable(),
  deviceName: z.string().nullable(),
  clientId: z.string(),
  clientName: z.string(),
  severity: alertSeverity,
  message: z.string(),
  openedAt: isoInstant,
  closedAt: isoInstant.nullable(),
  acknowledgedAt: isoInstant.nullable(),
  acknowledgedBy: z.string().nullable(),
  comment: z.string().nullable(),
});
export type Alert = z.infer<typeof alert>;

export const alertListInput = z
  .object({
    state: z.enum(['open', 'acknowledged', 'closed', 'all']).default('open'),
    clientId: id.optional(),
    deviceId: id.optional(),
    limit: z.number().int().min(1).max(500).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict()
  .default({ state: 'open', limit: 50 });

export const alertAcknowledgeInput = z.object({ id, comment: z.string().trim().min(1, 'Required').max(2000, 'At most 2000 characters') }).strict();

// ---- health

const stateCounts = z.object(Object.fromEntries(checkStates.map((state) => [state, z.number()])) as Record<(typeof checkStates)[number], z.ZodNumber>);
export type StateCounts = z.infer<typeof stateCounts>;

export const healthOverview = z.object({
  at: isoInstant,
  checks: stateCounts,
  devices: stateCounts,
  worstDevices: z.array(
    z.object({
      deviceId: z.string(),
      name: z.string(),
      clientId: z.string(),
      clientName: z.string(),
      state: z.enum(checkStates),
      failingChecks: z.number(),
    }),
  ),
  openAlerts: z.object({ count: z.number(), latest: z.array(alert) }),
  expiringCertificates: z.array(
    z.object({ checkId: z.string(), label: z.string(), target: z.string(), deviceName: z.string().nullable(), clientName: z.string(), expiresAt: isoInstant, daysLeft: z.number() }),
  ),
  clients: z.array(
    z.object({ clientId: z.string(), code: z.string(), name: z.string(), state: z.enum(checkStates).nullable(), checks: stateCounts, devices: stateCounts }),
  ),
});

export const healthRollupInput = z.object({ clientId: id.optional() }).strict().default({});

/** Clients and sites with checks, each at the worst state of its checks (its devices' and, for a client, its bare targets'). */
export const healthRollup = z.object({
  clients: z.array(z.object({ clientId: z.string(), state: z.enum(checkStates) })),
  sites: z.array(z.object({ siteId: z.string(), state: z.enum(checkStates) })),
});

export const healthDeviceInput = z.object({ deviceId: id, days: z.number().int().min(1).max(400).default(30) }).strict();

export const stateChange = z.object({
  at: isoInstant,
  checkId: z.string(),
  checkLabel: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  message: z.string(),
});

export const healthDevice = z.object({
  deviceId: z.string(),
  name: z.string(),
  clientId: z.string(),
  siteId: z.string().nullable(),
  state: z.enum(checkStates).nullable(),
  checks: z.array(check),
  timeline: z.array(stateChange),
  suppressions: z.array(z.object({ at: isoInstant, checkId: z.string(), windowId: z.string(), severity: z.string(), message: z.string() })),
  /** Per local day of the client's time zone: up = ok or warning results, down = critical; unknown is not counted. */
  uptime: z.array(z.object({ day: z.string(), up: z.number(), down: z.number(), ratio: z.number().nullable() })),
});
