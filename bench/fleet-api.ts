import type { HubProcess } from '../tests/support/hub-process';
import { percentile, type Report } from './report';

const rounds = 200;

async function timeCalls(hub: HubProcess, inputs: (i: number) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const { status } = await hub.call('devices.search', inputs(i));
    samples.push(performance.now() - started);
    if (status !== 200) throw new Error(`devices.search answered ${status}`);
  }
  return samples;
}

/** devices.search over HTTP on the seeded hub: a text query, and a filter + sort page. */
export async function benchDeviceSearch(hub: HubProcess, report: Report): Promise<void> {
  const clients = (await hub.call('clients.list')).body.items as { id: string }[];
  const queries = ['srv', 'ws-0', '192.168.1', '10.1', 'backup', 'dell', 'nas', 'fw', 'lt-01', 'prn'];
  await timeCalls(hub, (i) => ({ query: queries[i % queries.length] }));
  const text = await timeCalls(hub, (i) => ({ query: queries[i % queries.length], limit: 100 }));
  report.add({ name: 'devices.search text query, HTTP, p95 (50k devices)', value: percentile(text, 95), unit: 'ms', target: '< 20' });

  const kinds = ['workstation', 'server', 'laptop', 'printer'];
  const sorts = ['name', 'ip', 'warrantyEnd', 'os'];
  const filtered = await timeCalls(hub, (i) => ({
    clientId: i % 2 === 0 ? clients[i % clients.length]!.id : undefined,
    kind: kinds[i % kinds.length],
    sort: { by: sorts[i % sorts.length], dir: i % 3 === 0 ? 'desc' : 'asc' },
    offset: (i * 37) % 200,
    limit: 100,
  }));
  report.add({ name: 'devices.search filter+sort page, HTTP, p95 (50k devices)', value: percentile(filtered, 95), unit: 'ms', target: '< 20' });
}
