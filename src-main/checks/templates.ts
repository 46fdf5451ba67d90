import type { z } from 'zod';
import type { checkTemplate } from './schemas';

/**
 * The built-in starting points of the check editor: a kind and sensible settings, with the target
 * (`needs`) left for the user. The defaults are valid check input once the target is filled in
 * (a test holds them to it).
 */
export const checkTemplates: z.input<typeof checkTemplate>[] = [
  {
    id: 'ping',
    name: 'Ping',
    description: 'Round-trip time and packet loss (ICMP)',
    kind: 'ping',
    needs: ['host'],
    defaults: { intervalSeconds: 60, timeoutMs: 3000, retries: 3, count: 3, warnMs: 100, critMs: 500 },
  },
  {
    id: 'https-keyword',
    name: 'HTTPS site with keyword',
    description: 'The page answers 2xx/3xx and its body contains a word',
    kind: 'http',
    needs: ['url', 'bodyMatch.pattern'],
    defaults: { intervalSeconds: 60, timeoutMs: 10_000, retries: 2, warnMs: 2000, followRedirects: true, bodyMatch: { type: 'keyword', pattern: '', expect: 'present' } },
  },
  {
    id: 'tls-expiry',
    name: 'TLS certificate expiry',
    description: 'Days until the certificate expires; also chain trust and name match',
    kind: 'tls',
    needs: ['host'],
    defaults: { intervalSeconds: 3600, timeoutMs: 10_000, retries: 1, port: 443, warnDays: 21, critDays: 7 },
  },
  {
    id: 'rdp',
    name: 'RDP port 3389',
    description: 'Remote Desktop accepts connections',
    kind: 'tcp',
    needs: ['host'],
    defaults: { intervalSeconds: 60, timeoutMs: 5000, retries: 2, port: 3389 },
  },
  {
    id: 'ssh',
    name: 'SSH port 22',
    description: 'SSH accepts connections',
    kind: 'tcp',
    needs: ['host'],
    defaults: { intervalSeconds: 60, timeoutMs: 5000, retries: 2, port: 22 },
  },
  {
    id: 'dns-a',
    name: 'DNS A record',
    description: 'A name resolves to an IPv4 address, optionally a given one, through a chosen resolver',
    kind: 'dns',
    needs: ['name', 'resolver'],
    defaults: { intervalSeconds: 300, timeoutMs: 5000, retries: 2, recordType: 'A' },
  },
];
