// Layers import only downward: classifier (pure) <- shared <- content | background | popup | options.
// The UI contexts never import each other, and nothing in src imports scripts or tests.
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

const zones = [
  { target: './src/classifier', from: './src', except: ['./classifier'], message: 'src/classifier is pure: it imports nothing else from src.' },
  { target: './src/shared', from: ['./src/content', './src/background', './src/popup', './src/options'], message: 'src/shared sits below the execution contexts.' },
  { target: './src/content', from: ['./src/background', './src/popup', './src/options'], message: 'The content script talks to other contexts only by message.' },
  { target: './src/background', from: ['./src/content', './src/popup', './src/options'], message: 'The worker talks to other contexts only by message.' },
  { target: './src/popup', from: ['./src/content', './src/background', './src/options'], message: 'The popup talks to other contexts only by message.' },
  { target: './src/options', from: ['./src/content', './src/background', './src/popup'], message: 'The options page talks to other contexts only by message.' },
  { target: './src', from: ['./scripts', './tests'], message: 'Shipped code never imports scripts or tests.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'node_modules/**', 'coverage/**', 'tests/e2e/.artifacts/**', 'src/classifier/model/*.json'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { import: importPlugin },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'The extension makes no network request (SECURITY.md).' }, { name: 'XMLHttpRequest', message: 'The extension makes no network request (SECURITY.md).' }, { name: 'WebSocket', message: 'The extension makes no network request (SECURITY.md).' }],
    },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.*'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
