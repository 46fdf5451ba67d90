import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbe, type HttpProbeConfig } from './index';
import { TestCertificateAuthority } from './test-support/certificates';
import { listenOnLoopback } from './test-support/loopback';

const GIB = 1024 * 1024 * 1024;
const MARGIN_MS = 1000;

/** Bytes the /huge route managed to hand to the kernel before the client hung up. */
let hugeBytesSent = 0;

function route(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  if (path === '/ok') return void response.end('hello world');
  if (path === '/redirect') return void response.writeHead(302, { location: '/ok' }).end();
  if (path === '/loop') return void response.writeHead(302, { location: '/loop' }).end();
  if (path === '/see-other') return void response.writeHead(303, { location: '/echo' }).end();
  if (path === '/error') return void response.writeHead(500).end('boom');
  if (path === '/hang') return;
  if (path === '/echo') {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => response.end(`${request.method} ${body}`));
    return;
  }
  if (path === '/drip') {
    response.writeHead(200, { 'content-type': 'text/plain' });
    const timer = setInterval(() => response.write('x'), 50);
    response.on('close', () => clearInterval(timer));
    return;
  }
  if (path === '/huge') return streamHugeBody(response);
  response.writeHead(404).end();
}

/** 1 GiB: "BEGIN" then padding, written only as fast as the client reads it. */
function streamHugeBody(response: ServerResponse): void {
  response.writeHead(200, { 'content-length': String(GIB) });
  const padding = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const pump = () => {
    while (sent < GIB && !response.destroyed) {
      const chunk = sent === 0 ? Buffer.concat([Buffer.from('BEGIN'), padding.subarray(5)]) : padding;
      sent += chunk.length;
      hugeBytesSent = sent;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  pump();
}

function close(server: Server | TcpServer): Promise<void> {
  if ('closeAllConnections' in server) server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

describe('http probe', () => {
  const server = createServer(route);
  // Answers every request by resetting the connection.
  const resetter = createTcpServer((socket) => socket.on('data', () => socket.resetAndDestroy()));
  let base = '';
  let resetUrl = '';

  beforeAll(async () => {
    base = `http://127.0.0.1:${await listenOnLoopback(server)}`;
    resetUrl = `http://127.0.0.1:${await listenOnLoopback(resetter)}/`;
  });
  afterAll(() => Promise.all([close(server), close(resetter)]));

  const probe = (path: string, extra: Partial<HttpProbeConfig> = {}) =>
    runProbe({ kind: 'http', url: base + path, timeoutMs: 3000, ...extra });

  async function timed<T>(work: Promise<T>): Promise<{ result: T; elapsedMs: number }> {
    const startedAt = performance.now();
    const result = await work;
    return { result, elapsedMs: performance.now() - startedAt };
  }

  it('is ok on a 200 and reports the timing split', async () => {
    const result = await probe('/ok');
    expect(result).toMatchObject({ status: 'ok', details: { status: 200, bodyBytes: 11, truncated: false, redirects: 0 } });
    expect(result.message).toMatch(/^HTTP 200 in [\d.]+ ms$/);
    const timings = (result.details as { timings: Record<string, number | null> }).timings;
    expect(timings.dns).toBeNull(); // an IP literal needs no lookup
    expect(timings.tls).toBeNull();
    expect(timings.connect).toBeGreaterThanOrEqual(0);
    expect(timings.firstByte).toBeGreaterThanOrEqual(0);
  });

  it('follows redirects', async () => {
    const result = await probe('/redirect');
    expect(result).toMatchObject({ status: 'ok', details: { status: 200, redirects: 1, url: `${base}/ok` } });
  });

  it('judges the redirect itself when told not to follow', async () => {
    expect(await probe('/redirect', { followRedirects: false })).toMatchObject({ status: 'ok', details: { status: 302 } });
    const strict = await probe('/redirect', { followRedirects: false, expectedStatus: { min: 200, max: 299 } });
    expect(strict).toMatchObject({ status: 'critical', message: 'HTTP 302, expected 200-299' });
  });

  it('gives up on a redirect loop after 5 hops', async () => {
    const result = await probe('/loop');
    expect(result).toMatchObject({ status: 'critical', message: 'more than 5 redirects', details: { redirects: 5 } });
  });

  it('turns a POST into a GET on 303, and sends the body otherwise', async () => {
    const redirected = await probe('/see-other', { method: 'POST', body: 'payload', bodyMatch: { type: 'keyword', pattern: 'GET ' } });
    expect(redirected.status).toBe('ok');
    const posted = await probe('/echo', { method: 'POST', body: 'payload', bodyMatch: { type: 'keyword', pattern: 'POST payload' } });
    expect(posted.status).toBe('ok');
  });

  it('is critical on a status outside the expected range', async () => {
    const result = await probe('/error');
    expect(result).toMatchObject({ status: 'critical', message: 'HTTP 500, expected 200-399', details: { status: 500 } });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('is critical when the keyword is missing', async () => {
    const result = await probe('/ok', { bodyMatch: { type: 'keyword', pattern: 'goodbye' } });
    expect(result).toMatchObject({ status: 'critical', message: 'HTTP 200, keyword "goodbye" not found in the body' });
  });

  it('checks regexes for presence and absence', async () => {
    expect((await probe('/ok', { bodyMatch: { type: 'regex', pattern: 'WORLD$', flags: 'i' } })).status).toBe('ok');
    expect((await probe('/ok', { bodyMatch: { type: 'regex', pattern: 'error|fail', expect: 'absent' } })).status).toBe('ok');
    const present = await probe('/ok', { bodyMatch: { type: 'regex', pattern: 'hel+o', expect: 'absent' } });
    expect(present).toMatchObject({ status: 'critical', message: 'HTTP 200, regex /hel+o/ found in the body but should be absent' });
    const absent = await probe('/ok', { bodyMatch: { type: 'regex', pattern: '^goodbye', flags: 'g' } });
    expect(absent).toMatchObject({ status: 'critical', message: 'HTTP 200, regex /^goodbye/g not found in the body' });
  });

  it('answers HEAD without reading a body', async () => {
    expect(await probe('/ok', { method: 'HEAD' })).toMatchObject({ status: 'ok', details: { bodyBytes: 0 } });
  });

  it('times out on a server that never responds', async () => {
    const { result, elapsedMs } = await timed(probe('/hang', { timeoutMs: 300 }));
    expect(result).toMatchObject({ status: 'critical', latencyMs: null, message: 'timed out after 300 ms while waiting for the first byte' });
    expect(elapsedMs).toBeLessThan(300 + MARGIN_MS);
  });

  it('does not let a slow-drip body outlive the deadline', async () => {
    const { result, elapsedMs } = await timed(probe('/drip', { timeoutMs: 400, bodyMatch: { type: 'keyword', pattern: 'never' } }));
    expect(result).toMatchObject({ status: 'critical', message: 'timed out after 400 ms while reading the body' });
    expect(elapsedMs).toBeLessThan(400 + MARGIN_MS);
  });

  it('is critical when the connection is reset', async () => {
    const result = await runProbe({ kind: 'http', url: resetUrl, timeoutMs: 2000 });
    expect(result).toMatchObject({ status: 'critical', message: 'connection reset by peer', details: { errorCode: 'ECONNRESET' } });
  });

  it('cuts a 1 GiB body at maxBodyBytes, still matching what it read', async () => {
    hugeBytesSent = 0;
    const maxBodyBytes = 1024 * 1024;
    const { result, elapsedMs } = await timed(probe('/huge', { timeoutMs: 10_000, bodyMatch: { type: 'keyword', pattern: 'BEGIN' } }));
    expect(result).toMatchObject({ status: 'ok', details: { status: 200, bodyBytes: maxBodyBytes, truncated: true } });
    expect(elapsedMs).toBeLessThan(10_000);
    // The client hung up: the server only got as far as the socket buffers let it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hugeBytesSent).toBeLessThan(64 * 1024 * 1024);
  });

  it('evaluates the keyword on the truncated part only', async () => {
    const result = await probe('/huge', { maxBodyBytes: 70_000, bodyMatch: { type: 'keyword', pattern: 'BEGIN', expect: 'absent' } });
    expect(result).toMatchObject({ status: 'critical', details: { bodyBytes: 70_000, truncated: true } });
    expect(result.message).toContain('(first 70000 bytes)');
  });

  it('is critical on a refused connection', async () => {
    const closed = createServer();
    const port = await listenOnLoopback(closed);
    await close(closed);
    const result = await runProbe({ kind: 'http', url: `http://127.0.0.1:${port}/`, timeoutMs: 2000 });
    expect(result).toMatchObject({ status: 'critical', message: 'connection refused' });
  });

  it('brackets IPv6 literals correctly', async () => {
    const server6 = createServer(route);
    const port = await listenOnLoopback(server6, '::1');
    try {
      const result = await runProbe({ kind: 'http', url: `http://[::1]:${port}/redirect`, timeoutMs: 2000 });
      expect(result).toMatchObject({ status: 'ok', details: { status: 200, url: `http://[::1]:${port}/ok` } });
    } finally {
      await close(server6);
    }
  });

  it('reports a config it cannot run as unknown', async () => {
    expect(await probe('/ok', { bodyMatch: { type: 'regex', pattern: '(' } })).toMatchObject({ status: 'unknown' });
    expect(await runProbe({ kind: 'http', url: 'ftp://127.0.0.1/', timeoutMs: 1000 })).toMatchObject({ status: 'unknown' });
  });
});

describe('https probe', () => {
  let authority: TestCertificateAuthority;
  let server: ReturnType<typeof createHttpsServer>;
  let url = '';

  beforeAll(async () => {
    authority = await TestCertificateAuthority.create();
    server = createHttpsServer(await authority.issueForDays(['127.0.0.1'], 90), route);
    url = `https://127.0.0.1:${await listenOnLoopback(server)}/ok`;
  });
  afterAll(async () => {
    await close(server);
    await authority.dispose();
  });

  it('verifies the certificate against the given CA and times the handshake', async () => {
    const result = await runProbe({ kind: 'http', url, timeoutMs: 3000, ca: authority.ca.cert });
    expect(result).toMatchObject({ status: 'ok', details: { status: 200 } });
    const timings = (result.details as { timings: Record<string, number | null> }).timings;
    expect(timings.tls).toBeGreaterThanOrEqual(0);
  });

  it('is critical when the certificate cannot be verified', async () => {
    const result = await runProbe({ kind: 'http', url, timeoutMs: 3000 });
    expect(result.status).toBe('critical');
    expect(result.message).toMatch(/^TLS handshake failed: /);
  });

  it('accepts any certificate with ignoreTls', async () => {
    expect(await runProbe({ kind: 'http', url, timeoutMs: 3000, ignoreTls: true })).toMatchObject({ status: 'ok' });
  });
});
