/** IPv4 networks in CIDR form and sequential address pools inside them. */

export interface Network {
  /** Network address as an unsigned 32-bit number. */
  base: number;
  prefix: number;
}

export function ipv4(a: number, b: number, c: number, d: number): number {
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

export function formatIp(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

export function formatCidr(network: Network): string {
  return `${formatIp(network.base)}/${network.prefix}`;
}

/** Smallest prefix (largest network, at most /22) whose usable hosts cover `hosts`. */
export function prefixFor(hosts: number): number {
  for (let prefix = 24; prefix > 22; prefix -= 1) {
    if (2 ** (32 - prefix) - 2 >= hosts) return prefix;
  }
  return 22;
}

/**
 * Hands out host addresses of one network in order, skipping ahead to round numbers (.10, .100)
 * when there is room, as a technician would lay out static and DHCP ranges.
 */
export class AddressPool {
  readonly network: Network;
  private readonly hosts: number;
  private cursor = 1;

  constructor(network: Network) {
    this.network = network;
    this.hosts = 2 ** (32 - network.prefix) - 2;
  }

  /** Moves to `offset` if that is ahead and still leaves room for `needed` addresses. */
  skipTo(offset: number, needed: number): void {
    if (offset > this.cursor && offset + needed - 1 <= this.hosts) this.cursor = offset;
  }

  /** The next free address, or '' once the network is full. */
  take(): string {
    if (this.cursor > this.hosts) return '';
    const address = formatIp(this.network.base + this.cursor);
    this.cursor += 1;
    return address;
  }
}
