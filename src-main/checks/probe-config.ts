import type { ProbeConfig } from './probes';
import type { CheckDefinition } from './schemas';

/** What the probe engine needs to run a check: the check's own fields, without the scheduling ones. */
export type ProbeFields = Omit<CheckDefinition, 'label' | 'intervalSeconds' | 'retries' | 'paused'>;

export function toProbeConfig(check: ProbeFields): ProbeConfig {
  const base = { timeoutMs: check.timeoutMs, warnMs: check.warnMs, critMs: check.critMs };
  switch (check.kind) {
    case 'ping':
      return { ...base, kind: 'ping', host: check.host!, count: check.count };
    case 'tcp':
      return { ...base, kind: 'tcp', host: check.host!, port: check.port! };
    case 'tls':
      return {
        ...base,
        kind: 'tls',
        host: check.host!,
        port: check.port,
        servername: check.servername,
        warnDays: check.warnDays,
        critDays: check.critDays,
        ca: check.ca,
      };
    case 'dns':
      return { ...base, kind: 'dns', name: check.name!, recordType: check.recordType!, resolver: check.resolver, expected: check.expected };
    case 'http':
      return {
        ...base,
        kind: 'http',
        url: check.url!,
        method: check.method,
        headers: check.headers,
        body: check.body,
        expectedStatus: check.expectedStatus,
        bodyMatch: check.bodyMatch,
        followRedirects: check.followRedirects,
        ignoreTls: check.ignoreTls,
        maxBodyBytes: check.maxBodyBytes,
        ca: check.ca,
      };
  }
}

/** The target as a person reads it, for lists and default labels. */
export function targetOf(check: ProbeFields): string {
  switch (check.kind) {
    case 'ping':
      return check.host!;
    case 'tcp':
      return hostPort(check.host!, check.port!);
    case 'tls':
      return hostPort(check.host!, check.port ?? 443);
    case 'http':
      return check.url!;
    case 'dns':
      return `${check.name} ${check.recordType}${check.resolver ? ` @${check.resolver}` : ''}`;
  }
}

/**
 * The machine a probe loads, for the per-host concurrency cap: the target host, or for DNS the
 * resolver that answers (the system's when none is named).
 */
export function hostKeyOf(probe: ProbeConfig): string {
  switch (probe.kind) {
    case 'http':
      return new URL(probe.url).hostname;
    case 'dns':
      return probe.resolver ? `dns:${probe.resolver}` : 'dns:system';
    default:
      return probe.host;
  }
}

const hostPort = (host: string, port: number) => (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);
