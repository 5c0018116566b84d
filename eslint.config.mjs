import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import noOnlyTests from 'eslint-plugin-no-only-tests';

export default tseslint.config(
  {ignores: ['**/dist/', 'dist-docs/', 'node_modules/', 'src/generated/', 'server/generated/', 'custom-elements.json']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // Tests assert on private state through casts now and then.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // A forgotten it.only/describe.only would silently skip the rest of the suite.
    files: ['tests/**/*.{ts,mjs}'],
    plugins: {'no-only-tests': noOnlyTests},
    rules: {'no-only-tests/no-only-tests': 'error'},
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // chai's `expect(x).to.be.true` is an expression by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Test routes carry query strings (`?key=…&status=500`) in attributes.
      'lit/attribute-value-entities': 'off',
      // The XSS corpus test strips control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Code that page.evaluate() runs in the browser.
    files: ['scripts/bench.mjs'],
    languageOptions: {
      globals: {
        document: 'readonly',
        customElements: 'readonly',
        performance: 'readonly',
        requestAnimationFrame: 'readonly',
        window: 'readonly',
        PerformanceObserver: 'readonly',
      },
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', 'server/**/*.mjs', 'bin/**/*.mjs', '*.mjs'],
    languageOptions: {
      globals: {
        setImmediate: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    files: ['demo/**/*.js', 'docs/site/**/*.js', 'tests/fixtures/**/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        history: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        customElements: 'readonly',
        console: 'readonly',
        fetch: 'readonly',
        localStorage: 'readonly',
        FormData: 'readonly',
        MutationObserver: 'readonly',
        PerformanceObserver: 'readonly',
        performance: 'readonly',
        requestAnimationFrame: 'readonly',
        CSS: 'readonly',
        navigator: 'readonly',
      },
    },
  },
);
