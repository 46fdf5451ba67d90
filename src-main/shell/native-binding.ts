import { existsSync } from 'node:fs';
import { join } from 'node:path';

// better-sqlite3 compiled for Electron's ABI (scripts/electron-native.mjs) lives apart from the
// Node build in node_modules, which the hub and the tests keep using. No `electron` import here.

export const nativeBindingName = 'better_sqlite3.node';

export interface AppLayout {
  packaged: boolean;
  /** app.getAppPath(): the project root in development, resources/app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** process.versions.electron: the binary is built per Electron version (its ABI). */
  electronVersion: string;
}

/** Where the Electron build of better-sqlite3 should be, for this layout. */
export function nativeBindingLocation(layout: AppLayout): string {
  return layout.packaged
    ? join(layout.resourcesPath, 'native', layout.electronVersion, nativeBindingName) // electron-builder.yml extraResources
    : join(layout.appPath, '.electron-native', layout.electronVersion, nativeBindingName);
}

/** The binary's path when it is there; undefined lets better-sqlite3 fall back to its own build. */
export function findNativeBinding(layout: AppLayout, exists: (path: string) => boolean = existsSync): string | undefined {
  const location = nativeBindingLocation(layout);
  return exists(location) ? location : undefined;
}
