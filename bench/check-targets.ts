// Where the checks bench points its 50,000 checks: loopback servers the fixture process starts on
// 64 addresses of 127.77.0.0/16 (127/8 is all loopback on Linux), so connections spread over many
// address pairs and never run out of ephemeral ports. Nothing leaves the machine.

export const ADDRESSES = 64;
export const KEYWORD = 'Presidio';
export const ports = { tcp: 8701, http: 8702, slowHttp: 8703, closed: 8704 } as const;
export const SLOW_MS = 1500;

export const address = (i: number) => `127.77.${Math.floor(i / 250)}.${(i % 250) + 1}`;

export type BenchTarget = { kind: 'tcp'; host: string; port: number } | { kind: 'http'; host: string; url: string };

/** Check i: even ones TCP, odd ones HTTP with a keyword; one in twenty of each is trouble (port closed, answer slow). */
export function benchTarget(i: number): BenchTarget {
  const host = address(i % ADDRESSES);
  const troubled = Math.floor(i / 2) % 20 === 0;
  if (i % 2 === 0) return { kind: 'tcp', host, port: troubled ? ports.closed : ports.tcp };
  return { kind: 'http', host, url: `http://${host}:${troubled ? ports.slowHttp : ports.http}/` };
}
