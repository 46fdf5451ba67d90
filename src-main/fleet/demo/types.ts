import type { z } from 'zod';
import type { clientCreateInput, contactCreateInput, deviceCreateInput, siteCreateInput } from '../schemas';

export type DemoClientInput = z.input<typeof clientCreateInput>;
export type DemoSiteInput = Omit<z.input<typeof siteCreateInput>, 'clientId'>;
export type DemoDeviceInput = Omit<z.input<typeof deviceCreateInput>, 'clientId' | 'siteId'>;
export type DemoContactInput = Omit<z.input<typeof contactCreateInput>, 'clientId' | 'siteId'>;

export interface DemoSite {
  site: DemoSiteInput;
  devices: DemoDeviceInput[];
  contacts: DemoContactInput[];
}

export interface DemoClient {
  client: DemoClientInput;
  sites: DemoSite[];
  /** Client-level contacts (no site). */
  contacts: DemoContactInput[];
}

export interface DemoFleet {
  clients: DemoClient[];
}

export interface DemoFleetOptions {
  clients: number;
  /** Average devices per client; sizes vary widely around it. Default 80. */
  devicesPerClient?: number;
  /** Same seed, same fleet. Default 1. */
  seed?: number;
  /** The date warranties are spread around (YYYY-MM-DD). A fixed default keeps the output pure. */
  today?: string;
}
