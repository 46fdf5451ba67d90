import { promises as dns, type MxRecord, type SoaRecord, type SrvRecord } from 'node:dns';
import { critical, errorCode, errorText, judgeLatency, msSince, runWithDeadline, timedOut, unknown } from './outcome';
import type { DnsProbeConfig, DnsRecordType, ProbeResult } from './types';

const FAILURE_REASONS: Record<string, string> = {
  ENOTFOUND: 'NXDOMAIN (the name does not exist)',
  ENODATA: 'no answer of that type',
  ESERVFAIL: 'the resolver answered SERVFAIL',
  EREFUSED: 'the resolver refused the query',
  ECONNREFUSED: 'the resolver is not listening',
};

export function probeDns(config: DnsProbeConfig): Promise<ProbeResult> {
  const question = `${config.name} ${config.recordType}${config.resolver ? ` at ${config.resolver}` : ''}`;
  let resolver: dns.Resolver;
  try {
    // c-ares doubles the wait on each retry, so two tries of a third each fit in the deadline.
    resolver = new dns.Resolver({ timeout: Math.max(1, Math.floor(config.timeoutMs / 3)), tries: 2 });
    if (config.resolver) resolver.setServers([config.resolver]);
  } catch (error) {
    return Promise.resolve(unknown(`invalid resolver "${config.resolver}": ${errorText(error)}`));
  }
  return runWithDeadline(
    config.timeoutMs,
    (settle) => {
      const startedAt = performance.now();
      resolver.resolve(config.name, config.recordType).then(
        (records: unknown) => settle(judgeAnswers(config, question, toAnswers(config.recordType, records), msSince(startedAt))),
        (error: unknown) => {
          const code = errorCode(error);
          if (code === 'ETIMEOUT') settle(timedOut(config.timeoutMs, `resolving ${question}`));
          else settle(critical(`${question}: ${(code && FAILURE_REASONS[code]) ?? errorText(error)}`, { errorCode: code }));
        },
      );
      return () => resolver.cancel();
    },
    () => ({ doing: `resolving ${question}` }),
  );
}

/** Each answer as the forms an expected value may take, the first being the full one. */
type Answer = string[];

function judgeAnswers(config: DnsProbeConfig, question: string, answers: Answer[], latencyMs: number): ProbeResult {
  const details = { answers: answers.map((forms) => forms[0]) };
  if (answers.length === 0) return critical(`${question}: no answer`, details, latencyMs);
  if (config.expected !== undefined) {
    const wanted = comparable(config.recordType, config.expected);
    const found = answers.some((forms) => forms.some((form) => comparable(config.recordType, form) === wanted));
    if (!found) return critical(`${question}: "${config.expected}" is not among the answers`, details, latencyMs);
  }
  return judgeLatency(latencyMs, config, `${question}: ${answers.length} answer(s) in ${latencyMs} ms`, details);
}

function comparable(recordType: DnsRecordType, value: string): string {
  // TXT content is data and compares exactly; everything else holds names or addresses.
  return recordType === 'TXT' ? value : value.trim().toLowerCase().replace(/\.$/, '');
}

function toAnswers(recordType: DnsRecordType, records: unknown): Answer[] {
  switch (recordType) {
    case 'A':
    case 'AAAA':
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return (records as string[]).map((value) => [value]);
    case 'TXT':
      return (records as string[][]).map((chunks) => [chunks.join('')]);
    case 'MX':
      return (records as MxRecord[]).map((mx) => [`${mx.priority} ${mx.exchange}`, mx.exchange]);
    case 'SRV':
      return (records as SrvRecord[]).map((srv) => [`${srv.priority} ${srv.weight} ${srv.port} ${srv.name}`, srv.name]);
    case 'SOA': {
      const soa = records as SoaRecord;
      return [[`${soa.nsname} ${soa.hostmaster} ${soa.serial} ${soa.refresh} ${soa.retry} ${soa.expire} ${soa.minttl}`, soa.nsname]];
    }
  }
}
