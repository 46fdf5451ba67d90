export type ProbeStatus = 'ok' | 'warning' | 'critical' | 'unknown';

/** What every probe returns; "unknown" means the probe could not run at all, not that the target failed. */
export interface ProbeResult {
  status: ProbeStatus;
  latencyMs: number | null;
  message: string;
  details?: Record<string, unknown>;
}

interface ProbeConfigBase {
  /** Hard deadline for the whole probe, whatever the target does. */
  timeoutMs: number;
  warnMs?: number;
  critMs?: number;
}

export interface TcpProbeConfig extends ProbeConfigBase {
  kind: 'tcp';
  host: string;
  port: number;
}

export interface HttpBodyMatch {
  type: 'keyword' | 'regex';
  pattern: string;
  /** Regex flags, e.g. "i"; ignored for keywords. */
  flags?: string;
  /** Default "present". */
  expect?: 'present' | 'absent';
}

export interface HttpProbeConfig extends ProbeConfigBase {
  kind: 'http';
  url: string;
  /** Default GET. */
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Inclusive; default 200-399. */
  expectedStatus?: { min: number; max: number };
  bodyMatch?: HttpBodyMatch;
  /** Default 1 MiB; the connection is dropped once this much body has been read. */
  maxBodyBytes?: number;
  /** Default true; at most 5 hops. */
  followRedirects?: boolean;
  /** Accept any certificate (self-signed appliances, expired management UIs). */
  ignoreTls?: boolean;
  /** Extra trusted CA (PEM), e.g. a client's private CA. */
  ca?: string;
}

export interface TlsProbeConfig extends ProbeConfigBase {
  kind: 'tls';
  host: string;
  /** Default 443. */
  port?: number;
  /** Name to send as SNI and to check the certificate against; default host. */
  servername?: string;
  /** Default 21. */
  warnDays?: number;
  /** Default 7. */
  critDays?: number;
  /** Trusted CA (PEM) instead of the system store. */
  ca?: string;
}

export type DnsRecordType = 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'NS' | 'SOA' | 'SRV' | 'PTR';

export interface DnsProbeConfig extends ProbeConfigBase {
  kind: 'dns';
  name: string;
  recordType: DnsRecordType;
  /** "host" or "host:port" ("[v6]:port" for IPv6 with a port); default the system resolvers. */
  resolver?: string;
  /** Must appear among the answers (case- and trailing-dot-insensitive). */
  expected?: string;
}

export type PingEngine = 'auto' | 'fping' | 'system';

export interface PingProbeConfig extends ProbeConfigBase {
  kind: 'ping';
  host: string;
  /** Default 3. */
  count?: number;
  /** Gap between echo requests; default 200 ms (the unprivileged minimum of most system pings). */
  intervalMs?: number;
  /** Default "auto": fping when on PATH, else the system ping. */
  engine?: PingEngine;
}

export type ProbeConfig = TcpProbeConfig | HttpProbeConfig | TlsProbeConfig | DnsProbeConfig | PingProbeConfig;
