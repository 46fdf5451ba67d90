import { create } from 'zustand';
import { markDevicesNavigate } from '../features/devices/perf';

export const clientTabs = ['sites', 'devices', 'checks', 'plans', 'contacts', 'notes'] as const;
export type ClientTab = (typeof clientTabs)[number];
export const deviceTabs = ['overview', 'health'] as const;
export type DeviceTab = (typeof deviceTabs)[number];

export type Route =
  | { name: 'clients' }
  | { name: 'client'; id: string; tab: ClientTab }
  | { name: 'devices' }
  | { name: 'device'; id: string; tab: DeviceTab }
  | { name: 'tasks' }
  | { name: 'task'; id: string }
  | { name: 'myDay' }
  | { name: 'plans' }
  | { name: 'plan'; id: string }
  | { name: 'health' }
  | { name: 'settings' }
  | { name: 'slaPolicies' }
  | { name: 'notFound' };

export type Params = Readonly<Record<string, string>>;

interface RouterState {
  /** The hash as last applied, e.g. `#/devices?kind=server`. */
  hash: string;
  route: Route;
  params: Params;
}

function parse(hash: string): Omit<RouterState, 'hash'> {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = Object.fromEntries(new URLSearchParams(search));
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [section, id, tab] = parts;
  let route: Route = { name: 'notFound' };
  if (parts.length === 0 || (section === 'clients' && !id)) route = { name: 'clients' };
  else if (section === 'clients' && id && parts.length <= 3) {
    const known = clientTabs.find((candidate) => candidate === (tab ?? 'sites'));
    if (known) route = { name: 'client', id, tab: known };
  } else if (section === 'devices' && parts.length === 1) route = { name: 'devices' };
  else if (section === 'devices' && id && parts.length <= 3) {
    const known = deviceTabs.find((candidate) => candidate === (tab ?? 'overview'));
    if (known) route = { name: 'device', id, tab: known };
  } else if (section === 'tasks' && parts.length === 1) route = { name: 'tasks' };
  else if (section === 'tasks' && id && parts.length === 2) route = { name: 'task', id };
  else if (section === 'my-day' && parts.length === 1) route = { name: 'myDay' };
  else if (section === 'plans' && parts.length === 1) route = { name: 'plans' };
  else if (section === 'plans' && id && parts.length === 2) route = { name: 'plan', id };
  else if (section === 'health' && parts.length === 1) route = { name: 'health' };
  else if (section === 'settings' && parts.length === 1) route = { name: 'settings' };
  else if (section === 'sla-policies' && parts.length === 1) route = { name: 'slaPolicies' };
  return { route, params };
}

export const paramsOf = (hash: string): Params => parse(hash).params;

/** Builds `#/path?params`, leaving out empty values so links stay short. */
export function href(path: string, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  // ':' needs no escaping in a query; "sort=ip:desc" reads better in the address bar.
  return `#${path}${search ? `?${search.replaceAll('%3A', ':')}` : ''}`;
}

const initialHash = window.location.hash || '#/clients';
export const useRouter = create<RouterState>(() => ({ hash: initialHash, ...parse(initialHash) }));
// Opening the console straight on #/devices is a navigation to it too.
if (useRouter.getState().route.name === 'devices') markDevicesNavigate();

function apply(hash: string): void {
  const next = parse(hash);
  if (next.route.name === 'devices' && useRouter.getState().route.name !== 'devices') markDevicesNavigate();
  useRouter.setState({ hash, ...next });
}

/**
 * Goes to a hash. Filters pass `replace` so that typing in a filter box does not leave one
 * history entry per keystroke; real navigation pushes, so back and forward work.
 */
export function navigate(target: string, options: { replace?: boolean } = {}): void {
  if (target === useRouter.getState().hash) return;
  apply(target);
  if (options.replace) window.history.replaceState(window.history.state, '', target);
  else window.location.hash = target;
}

/** The current address with params merged in (an empty string or undefined removes one). */
export function withParams(patch: Record<string, string | undefined>): string {
  const { hash, params } = useRouter.getState();
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return href(path, { ...params, ...patch });
}

export function setParams(patch: Record<string, string | undefined>, options: { replace?: boolean } = { replace: true }): void {
  navigate(withParams(patch), options);
}

window.addEventListener('hashchange', () => {
  if (window.location.hash !== useRouter.getState().hash) apply(window.location.hash || '#/clients');
});
