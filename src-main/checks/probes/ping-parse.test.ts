import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFpingOutput, parsePingOutput, statsFromRtts, type PingPlatform } from './ping-parse';

const sample = (name: string) => readFileSync(join(import.meta.dirname, 'test-support', 'ping-samples', name), 'utf8');

describe('parsePingOutput', () => {
  it.each<[string, PingPlatform, ReturnType<typeof parsePingOutput>]>([
    ['linux-ok.txt', 'linux', { transmitted: 3, received: 3, lossPercent: 0, rttMinMs: 0.387, rttAvgMs: 0.418, rttMaxMs: 0.455 }],
    ['linux-partial-loss.txt', 'linux', { transmitted: 4, received: 3, lossPercent: 25, rttMinMs: 2.95, rttAvgMs: 3.676, rttMaxMs: 4.87 }],
    ['linux-total-loss.txt', 'linux', { transmitted: 3, received: 0, lossPercent: 100, rttMinMs: null, rttAvgMs: null, rttMaxMs: null }],
    ['linux-unreachable.txt', 'linux', { transmitted: 3, received: 0, lossPercent: 100, rttMinMs: null, rttAvgMs: null, rttMaxMs: null }],
    ['linux-ipv6-ok.txt', 'linux', { transmitted: 2, received: 2, lossPercent: 0, rttMinMs: 0.611, rttAvgMs: 0.656, rttMaxMs: 0.702 }],
    ['darwin-ok.txt', 'darwin', { transmitted: 3, received: 3, lossPercent: 0, rttMinMs: 1.904, rttAvgMs: 2.1, rttMaxMs: 2.318 }],
    ['darwin-partial-loss.txt', 'darwin', { transmitted: 4, received: 2, lossPercent: 50, rttMinMs: 9.876, rttAvgMs: 10.679, rttMaxMs: 11.482 }],
    ['darwin-total-loss.txt', 'darwin', { transmitted: 3, received: 0, lossPercent: 100, rttMinMs: null, rttAvgMs: null, rttMaxMs: null }],
    ['win32-ok.txt', 'win32', { transmitted: 3, received: 3, lossPercent: 0, rttMinMs: 0, rttAvgMs: 1, rttMaxMs: 2 }],
    ['win32-partial-loss.txt', 'win32', { transmitted: 4, received: 3, lossPercent: 25, rttMinMs: 14, rttAvgMs: 16, rttMaxMs: 18 }],
    ['win32-total-loss.txt', 'win32', { transmitted: 3, received: 0, lossPercent: 100, rttMinMs: null, rttAvgMs: null, rttMaxMs: null }],
    ['win32-ipv6-ok.txt', 'win32', { transmitted: 2, received: 2, lossPercent: 0, rttMinMs: 0, rttAvgMs: 0, rttMaxMs: 0 }],
  ])('reads %s', (file, platform, expected) => {
    expect(parsePingOutput(sample(file), platform)).toEqual(expected);
  });

  it('does not count Windows "Destination host unreachable" answers as replies', () => {
    expect(parsePingOutput(sample('win32-unreachable.txt'), 'win32')).toMatchObject({ transmitted: 3, received: 0, lossPercent: 100 });
  });

  it('returns null when ping printed no statistics', () => {
    expect(parsePingOutput(sample('linux-unknown-host.txt'), 'linux')).toBeNull();
    expect(parsePingOutput(sample('linux-ok.txt'), 'win32')).toBeNull();
  });
});

describe('parseFpingOutput', () => {
  it('reads round trips, lost packets and per-host failures', () => {
    const parsed = parseFpingOutput(sample('fping-mixed.txt'));
    expect(parsed.get('192.168.1.1')).toEqual([0.41, 0.38, 0.45]);
    expect(parsed.get('10.20.0.14')).toEqual([3.21, null, 4.87]);
    expect(parsed.get('10.20.0.99')).toEqual([null, null, null]);
    expect(parsed.get('fe80::1%eth0')).toEqual([0.61, 0.7, 0.66]);
    expect(parsed.get('nas01.invalid')).toBe('Name or service not known');
  });

  it('turns round trips into the same stats as the system ping', () => {
    expect(statsFromRtts([3.21, null, 4.87])).toEqual({ transmitted: 3, received: 2, lossPercent: 33.3, rttMinMs: 3.21, rttAvgMs: 4.04, rttMaxMs: 4.87 });
    expect(statsFromRtts([null, null])).toMatchObject({ received: 0, lossPercent: 100, rttAvgMs: null });
  });
});
