import { isIP } from 'node:net';
import { checkServerIdentity, connect, type PeerCertificate, type TLSSocket } from 'node:tls';
import { critical, errorText, judgeLatency, msSince, runWithDeadline, worstStatus } from './outcome';
import type { ProbeResult, ProbeStatus, TlsProbeConfig } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
// These already say "expired"/"not yet valid"; repeating them as "untrusted" would only add noise.
const DATE_ERRORS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

export function probeTls(config: TlsProbeConfig): Promise<ProbeResult> {
  const port = config.port ?? 443;
  const servername = config.servername ?? config.host;
  let handshaking = false;
  return runWithDeadline(
    config.timeoutMs,
    (settle) => {
      const startedAt = performance.now();
      const socket = connect({
        host: config.host,
        port,
        // SNI cannot carry an IP address; the identity check below still covers IP certificates.
        servername: isIP(servername) ? undefined : servername,
        // Judge the certificate ourselves, in detail, rather than get a bare failed connection; and keep
        // `authorized` about the chain alone, since the name is checked separately below.
        rejectUnauthorized: false,
        checkServerIdentity: () => undefined,
        ca: config.ca,
      });
      socket.once('connect', () => (handshaking = true));
      socket.once('secureConnect', () => settle(judgeCertificate(socket, config, servername, msSince(startedAt))));
      socket.on('error', (error) => settle(critical(`TLS connection to ${config.host}:${port} failed: ${errorText(error)}`)));
      return () => socket.destroy();
    },
    () => ({ doing: `${handshaking ? 'during the TLS handshake with' : 'connecting to'} ${config.host}:${port}` }),
  );
}

function judgeCertificate(socket: TLSSocket, config: TlsProbeConfig, servername: string, latencyMs: number): ProbeResult {
  const cert = socket.getPeerCertificate();
  if (!cert || Object.keys(cert).length === 0) return critical('the server presented no certificate', undefined, latencyMs);

  const now = Date.now();
  const validFrom = Date.parse(cert.valid_from);
  const validTo = Date.parse(cert.valid_to);
  const msLeft = validTo - now;
  const daysToExpiry = Math.floor(msLeft / DAY_MS);
  const identityError = checkServerIdentity(servername, cert);
  const authorizationError = socket.authorizationError ? String(socket.authorizationError) : undefined;
  const details = {
    daysToExpiry,
    validFrom: new Date(validFrom).toISOString(),
    validTo: new Date(validTo).toISOString(),
    authorized: socket.authorized,
    authorizationError,
    nameMatches: identityError === undefined,
    servername,
    ...describeCertificate(cert),
    protocol: socket.getProtocol(),
  };

  const problems: string[] = [];
  if (msLeft <= 0) problems.push(`certificate expired ${-daysToExpiry} day(s) ago, on ${details.validTo}`);
  if (validFrom > now) problems.push(`certificate not valid before ${details.validFrom}`);
  if (!socket.authorized && !(authorizationError && DATE_ERRORS.has(authorizationError))) {
    problems.push(`certificate chain not trusted (${authorizationError ?? 'no reason given'})`);
  }
  if (identityError) problems.push(`name mismatch: ${identityError.message}`);
  if (problems.length > 0) return critical(problems.join('; '), details, latencyMs);

  const warnDays = config.warnDays ?? 21;
  const critDays = config.critDays ?? 7;
  const expiryStatus: ProbeStatus = msLeft < critDays * DAY_MS ? 'critical' : msLeft < warnDays * DAY_MS ? 'warning' : 'ok';
  const result = judgeLatency(latencyMs, config, `certificate expires in ${daysToExpiry} day(s), on ${details.validTo}`, details);
  result.status = worstStatus(result.status, expiryStatus);
  return result;
}

function describeCertificate(cert: PeerCertificate): Record<string, unknown> {
  return {
    subject: cert.subject?.CN,
    issuer: cert.issuer?.CN,
    subjectAltName: cert.subjectaltname,
    serialNumber: cert.serialNumber,
    fingerprint256: cert.fingerprint256,
  };
}
