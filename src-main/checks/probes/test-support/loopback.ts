import type { AddressInfo } from 'node:net';

interface Listenable {
  listen(port: number, host: string, callback: () => void): unknown;
  address(): AddressInfo | string | null;
  once(event: 'error', listener: (error: Error) => void): unknown;
}

/** Listens on an ephemeral loopback port: the tests never talk to anything but this machine. */
export function listenOnLoopback(server: Listenable, host: '127.0.0.1' | '::1' = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port));
  });
}
