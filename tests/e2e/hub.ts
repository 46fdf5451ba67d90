import { removeDataDir, startHubProcess, tempDataDir } from '../support/hub-process';

export interface Hub {
  url: string;
  dataDir: string;
  /** A fresh one-time sign-in link, from POST /auth/link with the admin token. */
  signInLink(): Promise<string>;
  stop(): Promise<void>;
}

export const temporaryDataDir = tempDataDir;
export { removeDataDir };

/** The built hub on a free loopback port, for a browser test; each test file gets its own data folder. */
export async function startHub(dataDir: string, options: { demo?: boolean } = {}): Promise<Hub> {
  const hub = await startHubProcess({ dataDir, args: options.demo ? ['--demo'] : [] });
  return {
    url: hub.url,
    dataDir,
    async signInLink() {
      const response = await fetch(`${hub.url}/auth/link`, { method: 'POST', headers: { Authorization: `Bearer ${hub.token}` } });
      if (!response.ok) throw new Error(`POST /auth/link answered ${response.status}`);
      return ((await response.json()) as { url: string }).url;
    },
    stop: hub.stop,
  };
}
