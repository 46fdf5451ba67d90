export { DEFAULT_DEVICES_PER_CLIENT, DEFAULT_SEED, DEFAULT_TODAY, generateDemoFleet } from './generate';
export type {
  DemoClient,
  DemoClientInput,
  DemoContactInput,
  DemoDeviceInput,
  DemoFleet,
  DemoFleetOptions,
  DemoSite,
  DemoSiteInput,
} from './types';
