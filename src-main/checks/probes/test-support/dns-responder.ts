import { createSocket } from 'node:dgram';

/** Records served per name (lower case); any other name is NXDOMAIN, any other type an empty answer. */
export type DnsZone = Record<string, { A?: string[]; TXT?: string[] }>;

export interface DnsResponder {
  /** "127.0.0.1:port" or "[::1]:port", as the DNS probe's `resolver` takes it. */
  resolver: string;
  close(): Promise<void>;
}

const TYPE_A = 1;
const TYPE_TXT = 16;
const RCODE_NXDOMAIN = 3;

/** A tiny authoritative UDP responder; `silent` makes it swallow every query, as a dead resolver would. */
export async function startDnsResponder(zone: DnsZone, options: { host?: '127.0.0.1' | '::1'; silent?: boolean } = {}): Promise<DnsResponder> {
  const host = options.host ?? '127.0.0.1';
  const socket = createSocket(host === '::1' ? 'udp6' : 'udp4');
  socket.on('message', (query, peer) => {
    if (options.silent) return;
    const reply = answer(query, zone);
    if (reply) socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, host, resolve));
  const { port } = socket.address();
  return {
    resolver: host === '::1' ? `[::1]:${port}` : `127.0.0.1:${port}`,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

function answer(query: Buffer, zone: DnsZone): Buffer | null {
  if (query.length < 17) return null;
  let offset = 12;
  const labels: string[] = [];
  while (offset < query.length && query[offset] !== 0) {
    const length = query[offset]!;
    labels.push(query.toString('latin1', offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  const questionEnd = offset + 5;
  if (questionEnd > query.length) return null;
  const type = query.readUInt16BE(offset + 1);
  const records = zone[labels.join('.').toLowerCase()];
  const rdatas = !records ? [] : type === TYPE_A ? (records.A ?? []).map(ipv4) : type === TYPE_TXT ? (records.TXT ?? []).map(txt) : [];

  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  const recursionDesired = query[2]! & 0x01;
  header[2] = 0x84 | recursionDesired; // response, authoritative
  header[3] = records ? 0 : RCODE_NXDOMAIN;
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(rdatas.length, 6);
  const answers = rdatas.map((rdata) => {
    const record = Buffer.alloc(12);
    record.writeUInt16BE(0xc00c, 0); // the name, as a pointer to the question
    record.writeUInt16BE(type, 2);
    record.writeUInt16BE(1, 4); // class IN
    record.writeUInt32BE(60, 6);
    record.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([record, rdata]);
  });
  return Buffer.concat([header, query.subarray(12, questionEnd), ...answers]);
}

function ipv4(address: string): Buffer {
  return Buffer.from(address.split('.').map(Number));
}

/** TXT data is a run of strings of at most 255 bytes each. */
function txt(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += 255) {
    const chunk = bytes.subarray(start, start + 255);
    parts.push(Buffer.from([chunk.length]), chunk);
  }
  return Buffer.concat(parts);
}
