import { type Page, expect, test } from '@playwright/test';
import { removeDataDir, startHubProcess, tempDataDir } from '../support/hub-process';

export interface Hub {
  url: string;
  dataDir: string;
  token: string;
  /** A fresh one-time sign-in link, from POST /auth/link with the admin token. */
  signInLink(): Promise<string>;
  /** Calls a method with the admin token, for setting up what a test is not about; throws unless 200. */
  api<T>(method: string, input: unknown): Promise<T>;
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
    token: hub.token,
    async signInLink() {
      const response = await fetch(`${hub.url}/auth/link`, { method: 'POST', headers: { Authorization: `Bearer ${hub.token}` } });
      if (!response.ok) throw new Error(`POST /auth/link answered ${response.status}`);
      return ((await response.json()) as { url: string }).url;
    },
    async api<T>(method: string, input: unknown) {
      const { status, body } = await hub.call(method, input);
      if (status !== 200) throw new Error(`${method} answered ${status}: ${JSON.stringify(body)}`);
      return body as T;
    },
    stop: hub.stop,
  };
}

/**
 * A hub of the calling spec file's own, started before its tests and stopped (its folder removed)
 * after them. The answer forwards to that hub once it runs, so it can be declared up front.
 */
export function hubForThisFile(options: { demo?: boolean } = {}): Hub {
  let hub: Hub | undefined;
  let dataDir = '';
  test.beforeAll(async () => {
    dataDir = temporaryDataDir();
    hub = await startHub(dataDir, options);
  });
  test.afterAll(async () => {
    await hub?.stop();
    removeDataDir(dataDir);
  });
  const started = (): Hub => {
    if (!hub) throw new Error('The hub starts in beforeAll: use it inside a hook or a test');
    return hub;
  };
  return {
    get url() {
      return started().url;
    },
    get dataDir() {
      return started().dataDir;
    },
    get token() {
      return started().token;
    },
    signInLink: () => started().signInLink(),
    api: <T>(method: string, input: unknown) => started().api<T>(method, input),
    stop: () => started().stop(),
  };
}

export const sidebarLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: /^(Main|Principale)$/ }).getByRole('link', { name: new RegExp(`^${name}`) });

/** Settings sits apart from the main navigation, at the bottom of the sidebar. */
export const openSettings = (page: Page) =>
  page.getByRole('navigation', { name: /^(Settings|Impostazioni)$/ }).getByRole('link', { name: /^(Settings|Impostazioni)/ }).click();

/** Opens a fresh sign-in link and waits for the console's navigation. */
export async function signIn(page: Page, hub: Hub): Promise<void> {
  await page.goto(await hub.signInLink());
  await expect(sidebarLink(page, 'Clients|Clienti')).toBeVisible();
}

/** Signs a person in through the console's sign-in screen and waits for its navigation. */
export async function signInAs(page: Page, hub: Hub, login: string, password: string): Promise<void> {
  await page.goto(hub.url);
  await page.getByLabel(/^(Login|Nome utente)$/).fill(login);
  await page.getByLabel(/^Password$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Accedi)$/ }).click();
  await expect(sidebarLink(page, 'Clients|Clienti')).toBeVisible();
}

/** The password the stories' people sign in with. */
export const password = 'correct horse battery';

/** Anna the operator and Mario the technician, whom most stories need; made with the admin token. */
export async function addOperatorAndTechnician(hub: Hub): Promise<{ operatorId: string; technicianId: string }> {
  const operator = await hub.api<{ id: string }>('accounts.create', { login: 'anna.bianchi', name: 'Anna Bianchi', role: 'operator', password });
  const technician = await hub.api<{ id: string }>('accounts.create', { login: 'mario.rossi', name: 'Mario Rossi', role: 'technician', password });
  return { operatorId: operator.id, technicianId: technician.id };
}
