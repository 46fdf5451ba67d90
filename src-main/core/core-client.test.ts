import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoreClient } from './core-client';

const builtWorker = new URL('../../out/main/core-worker.js', import.meta.url);
const actor = { id: 'test', name: 'Test', role: 'admin' } as const;

describe('CoreClient', () => {
  it('answers through the built worker, and fails calls at once after the worker is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presidio-core-client-'));
    try {
      const core = await CoreClient.start(builtWorker, { databaseFile: join(dir, 'db.sqlite'), instance: 'hub', version: 'test' });
      expect(await core.call('fleet.stats', {}, actor)).toMatchObject({ clients: 0 });
      await expect(core.call('clients.create', { code: 'X', name: '' }, actor)).rejects.toMatchObject({ code: 'invalid_input' });
      await core.close();
      await expect(core.call('fleet.stats', {}, actor)).rejects.toThrow(/core stopped/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
