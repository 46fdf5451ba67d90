// A stand-in for the parts of Electron's main-process API the shell uses, recording what the
// shell registers so a test can drive it: the built out/main/shell.js runs against this under
// plain Node (with the real core worker), where Electron's runtime cannot be downloaded.

type Listener = (...args: never[]) => unknown;

export interface FakeContents {
  id: number;
  listeners: Map<string, Listener>;
  windowOpenHandler?: (details: { url: string }) => { action: string };
  on(event: string, listener: Listener): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void;
}

export const recorded = {
  appListeners: new Map<string, Listener>(),
  userData: '',
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  windows: [] as FakeWindow[],
  windowOptions: [] as Record<string, unknown>[],
  opened: [] as string[],
  errorBoxes: [] as string[],
  permissionRequest: undefined as undefined | ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void),
  permissionCheck: undefined as undefined | ((contents: unknown, permission: string, origin: string) => boolean),
  menu: undefined as unknown,
  quits: 0,
  exits: [] as number[],
};

let nextId = 1;

export function fakeContents(): FakeContents {
  return {
    id: nextId++,
    listeners: new Map(),
    on(event, listener) {
      this.listeners.set(event, listener);
    },
    setWindowOpenHandler(handler) {
      this.windowOpenHandler = handler;
    },
  };
}

class FakeWindow {
  webContents = fakeContents();
  loadedUrl = '';
  maximized = false;
  private readonly listeners = new Map<string, Listener[]>();
  constructor(options: Record<string, unknown>) {
    recorded.windowOptions.push(options);
    recorded.windows.push(this);
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 820 };
  }
  show() {}
  focus() {}
  restore() {}
  static getAllWindows() {
    return recorded.windows;
  }
}

const workArea = { x: 0, y: 0, width: 1920, height: 1040 };

export const app = {
  isPackaged: false,
  name: 'Presidio',
  getAppPath: () => new URL('../..', import.meta.url).pathname.replace(/\/$/, ''),
  getPath: (name: string) => {
    if (name !== 'userData') throw new Error(`fake electron: no path ${name}`);
    return recorded.userData;
  },
  setPath: (name: string, value: string) => {
    if (name === 'userData') recorded.userData = value;
  },
  getVersion: () => '0.1.0',
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  on: (event: string, listener: Listener) => recorded.appListeners.set(event, listener),
  setAboutPanelOptions: () => {},
  showAboutPanel: () => {},
  quit: () => {
    recorded.quits += 1;
  },
  exit: (code: number) => {
    recorded.exits.push(code);
  },
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privilegedSchemes.push(...schemes),
};

export const session = {
  defaultSession: {
    protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => recorded.protocolHandlers.set(scheme, handler) },
    setPermissionRequestHandler: (handler: typeof recorded.permissionRequest) => {
      recorded.permissionRequest = handler;
    },
    setPermissionCheckHandler: (handler: typeof recorded.permissionCheck) => {
      recorded.permissionCheck = handler;
    },
    setDevicePermissionHandler: () => {},
  },
};

export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => recorded.ipcHandlers.set(channel, handler),
};

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown) => {
    recorded.menu = menu;
  },
};

export const screen = { getPrimaryDisplay: () => ({ workArea }), getAllDisplays: () => [{ workArea }] };
export const dialog = { showErrorBox: (title: string, content: string) => recorded.errorBoxes.push(`${title}: ${content}`) };
export const shell = {
  openExternal: (url: string) => {
    recorded.opened.push(url);
    return Promise.resolve();
  },
};
export const BrowserWindow = FakeWindow;
