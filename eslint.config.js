import tseslint from 'typescript-eslint';

// Which folder may import which, checked as an error (after VS Code's code-layering rule):
// the core never reaches Electron, React or the hosts; the renderer never reaches Node or the
// core's implementation, only the contract it speaks.
const uiLibraries = ['react', 'react-dom', 'react-dom/client', 'zustand', 'recharts', 'i18next', 'react-i18next', '@tanstack/react-virtual'];
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'net', 'tls', 'dns', 'http', 'https', 'crypto', 'worker_threads', 'url', 'util', 'stream', 'events'];

const restrict = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'it', property: 'only' }, { object: 'describe', property: 'only' }, { object: 'test', property: 'only' }],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/shell/**'],
    rules: restrict(
      [
        { name: 'electron', message: 'The core and the hub never import Electron: only src-main/shell does.' },
        ...uiLibraries.map((name) => ({ name, message: 'The core never imports UI libraries.' })),
      ],
      [
        { group: ['**/src-renderer/**'], message: 'The core never imports the renderer.' },
        { group: ['**/shell/**', '../shell', '../shell/*'], message: 'Only the Electron shell imports the shell.' },
      ],
    ),
  },
  {
    files: ['src-main/{core,store,sync,fleet,checks,sla,sla-policies,tasks,settings,system}/**/*.ts'],
    rules: restrict(
      [
        { name: 'electron', message: 'The core never imports Electron.' },
        ...uiLibraries.map((name) => ({ name, message: 'The core never imports UI libraries.' })),
      ],
      [
        { group: ['**/src-renderer/**'], message: 'The core never imports the renderer.' },
        { group: ['**/hub/**', '../hub', '../hub/*', '**/shell/**', '../shell', '../shell/*'], message: 'The core never imports its hosts (hub, shell).' },
      ],
    ),
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: restrict(
      [
        { name: 'electron', message: 'The renderer reaches the core only through window.presidio (the preload).' },
        { name: 'better-sqlite3', message: 'The renderer never touches the database.' },
        ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs without Node.' })),
      ],
      [
        { regex: '^node:', message: 'The renderer runs without Node.' },
        {
          regex: 'src-main/(?!(core/(contract|errors|events|method)|[a-z-]+/(contract|schemas))$)',
          message: 'The renderer imports only the contract (contract, schemas, errors, events, method) from src-main.',
        },
      ],
    ),
  },
);
