import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { CappedBuffer } from './capped-buffer';
import { compileBodyCheck, type BodyCheck } from './http-body';
import { critical, errorCode, errorText, judgeLatency, msSince, roundMs, runWithDeadline, unknown } from './outcome';
import type { HttpProbeConfig, ProbeResult } from './types';

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_HEADERS = { 'user-agent': 'Presidio-probe/1' };

/**
 * latencyMs runs from the start to the end of the (capped) body, across every redirect hop;
 * details.timings splits the last hop into dns, connect, tls and firstByte (null when a phase did not happen).
 */
export function probeHttp(config: HttpProbeConfig): Promise<ProbeResult> {
  let url: URL;
  let bodyCheck: BodyCheck | undefined;
  try {
    url = new URL(config.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.resolve(unknown(`not an http(s) URL: ${config.url}`));
    bodyCheck = config.bodyMatch && compileBodyCheck(config.bodyMatch);
  } catch (error) {
    return Promise.resolve(unknown(`invalid probe config: ${errorText(error)}`));
  }
  const run = new HttpProbeRun(config, bodyCheck);
  return runWithDeadline(config.timeoutMs, (settle) => run.start(url, settle), () => run.describeWait());
}

// Each reads after "timed out after N ms while ...".
type Phase = 'resolving the host' | 'connecting' | 'doing the TLS handshake' | 'waiting for the first byte' | 'reading the body';

/** Instants (performance.now) of one request, from which the phase durations are derived. */
interface HopMarks {
  start: number;
  lookup?: number;
  connect?: number;
  secure?: number;
  response?: number;
}

/** One probe run: follows redirects itself so that every hop shares the one deadline. */
class HttpProbeRun {
  private readonly startedAt = performance.now();
  private request: ClientRequest | undefined;
  private url!: URL;
  private marks: HopMarks = { start: this.startedAt };
  private phase: Phase = 'connecting';
  private redirects = 0;
  private settle!: (result: ProbeResult) => void;

  constructor(
    private readonly config: HttpProbeConfig,
    private readonly bodyCheck: BodyCheck | undefined,
  ) {}

  start(url: URL, settle: (result: ProbeResult) => void): () => void {
    this.settle = settle;
    this.send(url, (this.config.method ?? 'GET').toUpperCase(), this.config.body, { ...DEFAULT_HEADERS, ...this.config.headers });
    return () => this.request?.destroy();
  }

  describeWait(): { doing: string; details: Record<string, unknown> } {
    return { doing: `while ${this.phase}`, details: this.baseDetails() };
  }

  private send(url: URL, method: string, body: string | undefined, headers: Record<string, string>): void {
    this.url = url;
    this.marks = { start: performance.now() };
    const secure = url.protocol === 'https:';
    // URL keeps IPv6 literals bracketed; sockets want them bare.
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const port = Number(url.port) || (secure ? 443 : 80);
    this.phase = isIP(host) ? 'connecting' : 'resolving the host';
    const request = httpRequest({
      method,
      host,
      port,
      defaultPort: secure ? 443 : 80,
      path: url.pathname + url.search,
      headers,
      // No agent: each probe owns a fresh, non-pooled connection, with none of the agent's bookkeeping.
      createConnection: () => this.openSocket(host, port, secure),
    });
    this.request = request;
    request.on('error', (error) => {
      if (this.request === request) this.settle(this.transportFailure(error));
    });
    request.once('response', (response) => {
      if (this.request === request) this.onResponse(response, method, body, headers);
    });
    request.end(body);
  }

  private openSocket(host: string, port: number, secure: boolean): Socket {
    const marks = this.marks;
    const socket = secure
      ? tlsConnect({
          host,
          port,
          servername: isIP(host) ? undefined : host,
          rejectUnauthorized: !this.config.ignoreTls,
          ca: this.config.ca,
          ALPNProtocols: ['http/1.1'],
        })
      : netConnect({ host, port });
    // A request is one small write: Nagle would only delay it.
    socket.setNoDelay(true);
    socket.once('lookup', () => {
      marks.lookup = performance.now();
      this.phase = 'connecting';
    });
    socket.once('connect', () => {
      marks.connect = performance.now();
      this.phase = secure ? 'doing the TLS handshake' : 'waiting for the first byte';
    });
    if (secure) {
      socket.once('secureConnect', () => {
        marks.secure = performance.now();
        this.phase = 'waiting for the first byte';
      });
    }
    return socket;
  }

  private onResponse(response: IncomingMessage, method: string, body: string | undefined, headers: Record<string, string>): void {
    this.marks.response = performance.now();
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (this.config.followRedirects !== false && REDIRECT_STATUSES.has(status) && location) {
      this.followRedirect(status, location, method, body, headers);
      return;
    }
    this.phase = 'reading the body';
    const captured = new CappedBuffer(this.config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, this.bodyCheck !== undefined);
    response.on('data', (chunk: Buffer) => {
      if (!captured.add(chunk)) this.settle(this.verdict(status, captured));
    });
    response.once('end', () => this.settle(this.verdict(status, captured)));
    response.on('error', (error) => {
      this.settle(critical(`HTTP ${status}, connection lost while reading the body: ${errorText(error)}`, this.baseDetails()));
    });
  }

  private followRedirect(status: number, location: string, method: string, body: string | undefined, headers: Record<string, string>): void {
    if (this.redirects >= MAX_REDIRECTS) {
      this.settle(critical(`more than ${MAX_REDIRECTS} redirects`, this.baseDetails()));
      return;
    }
    let next: URL;
    try {
      next = new URL(location, this.url);
    } catch {
      this.settle(critical(`HTTP ${status} redirects to an invalid location: ${location}`, this.baseDetails()));
      return;
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      this.settle(critical(`HTTP ${status} redirects to a non-http location: ${location}`, this.baseDetails()));
      return;
    }
    this.redirects += 1;
    this.request?.destroy();
    // What browsers do: 303, and 301/302 after a POST, turn into a body-less GET.
    const becomesGet = status === 303 || ((status === 301 || status === 302) && method === 'POST');
    this.send(
      next,
      becomesGet && method !== 'HEAD' ? 'GET' : method,
      becomesGet ? undefined : body,
      next.origin === this.url.origin ? headers : withoutCredentials(headers),
    );
  }

  private verdict(status: number, captured: CappedBuffer): ProbeResult {
    const latencyMs = msSince(this.startedAt);
    const details = { ...this.baseDetails(), status, bodyBytes: captured.bytes, truncated: captured.truncated };
    const expected = this.config.expectedStatus ?? { min: 200, max: 399 };
    if (status < expected.min || status > expected.max) {
      return critical(`HTTP ${status}, expected ${expected.min}-${expected.max}`, details, latencyMs);
    }
    const bodyFailure = this.bodyCheck?.(captured.content());
    if (bodyFailure) {
      const scope = captured.truncated ? ` (first ${captured.bytes} bytes)` : '';
      return critical(`HTTP ${status}, ${bodyFailure}${scope}`, details, latencyMs);
    }
    return judgeLatency(latencyMs, this.config, `HTTP ${status} in ${latencyMs} ms`, details);
  }

  private transportFailure(error: Error): ProbeResult {
    const code = errorCode(error);
    const reason = code === 'ECONNREFUSED' ? 'connection refused' : code === 'ECONNRESET' ? 'connection reset by peer' : errorText(error);
    const prefix = this.phase === 'doing the TLS handshake' ? 'TLS handshake failed: ' : '';
    return critical(`${prefix}${reason}`, { ...this.baseDetails(), errorCode: code });
  }

  private baseDetails(): Record<string, unknown> {
    return { url: this.url.href, redirects: this.redirects, timings: phaseTimings(this.marks) };
  }
}

function phaseTimings(marks: HopMarks): Record<string, number | null> {
  const connectedFrom = marks.lookup ?? marks.start;
  const requestSentFrom = marks.secure ?? marks.connect;
  return {
    dns: marks.lookup === undefined ? null : roundMs(marks.lookup - marks.start),
    connect: marks.connect === undefined ? null : roundMs(marks.connect - connectedFrom),
    tls: marks.secure === undefined || marks.connect === undefined ? null : roundMs(marks.secure - marks.connect),
    firstByte: marks.response === undefined || requestSentFrom === undefined ? null : roundMs(marks.response - requestSentFrom),
  };
}

/** Credentials meant for one origin must not be handed to whatever host a redirect names. */
function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !/^(authorization|cookie|proxy-authorization)$/i.test(name)));
}
