import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'web-ext-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Unsafe DOM sinks: page and corpus strings are only ever rendered as text.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text, never markup.' },
        { property: 'outerHTML', message: 'Render text, never markup.' },
        { property: 'insertAdjacentHTML', message: 'Render text, never markup.' },
        { object: 'document', property: 'write', message: 'Never write markup into the page.' },
        { object: 'document', property: 'writeln', message: 'Never write markup into the page.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never markup.',
        },
        { selector: "CallExpression[callee.name='fetch']", message: 'Backstory makes no network requests.' },
        {
          selector: "NewExpression[callee.name='XMLHttpRequest']",
          message: 'Backstory makes no network requests.',
        },
        {
          selector: "NewExpression[callee.name='WebSocket']",
          message: 'Backstory makes no network requests.',
        },
        {
          selector: "CallExpression[callee.property.name='createContextualFragment']",
          message: 'Render text, never markup.',
        },
      ],
    },
  },
  {
    // Tests and scripts run in Node and drive browsers; the sink bans are about extension code.
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
);
