import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder.yml, checked against electron-builder's own schema without packaging (packaging
// downloads Electron): a typo or a misplaced option fails here, not on the release machine.

const repo = new URL('../..', import.meta.url).pathname;
const fromBuilder = createRequire(createRequire(`${repo}package.json`).resolve('electron-builder/package.json'));

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  extraResources?: Array<{ from: string; to: string; filter: string[] }>;
  electronFuses?: Record<string, boolean>;
}

const { getConfig, validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js') as {
  getConfig: (projectDir: string, configPath: string | null, options: null) => Promise<BuilderConfig>;
  validateConfiguration: (config: BuilderConfig, debugLogger: unknown) => Promise<void>;
};
const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('electron-builder.yml', () => {
  it('matches electron-builder’s schema and keeps the promised hardening', async () => {
    const config = await getConfig(repo, null, null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.appId).toBe('it.presidio.console');
    expect(config.productName).toBe('Presidio');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    // node_modules keeps its Node build: electron-builder must not rebuild it for Electron in place.
    expect(config.npmRebuild).toBe(false);
    // The shell's packaged lookup (src-main/shell/native-binding.ts) is resources/native/<version>/.
    expect(config.extraResources).toContainEqual({ from: '.electron-native', to: 'native', filter: ['*/better_sqlite3.node'] });
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });
});
