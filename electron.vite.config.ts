import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;
const at = (path: string) => resolve(root, path);

// One build for both hosts: out/main holds the Electron shell, the hub and the core worker they
// share; out/preload the sandboxed preload (CommonJS, as sandboxed preloads must be);
// out/renderer the console both the window and the browser load.
export default defineConfig({
  main: {
    build: {
      outDir: at('out/main'),
      rolldownOptions: {
        input: {
          shell: at('src-main/shell/main.ts'),
          hub: at('src-main/hub/main.ts'),
          'core-worker': at('src-main/core/worker.ts'),
          'checks-runner': at('src-main/checks/runner-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      rolldownOptions: {
        input: { preload: at('src-main/shell/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('src-renderer'),
    plugins: [react()],
    build: {
      outDir: at('out/renderer'),
      // The hub serves this bundle to browsers over the network: ship it small.
      minify: true,
      rolldownOptions: { input: at('src-renderer/index.html') },
    },
  },
});
