// ESLint over the TypeScript sources, parsed by Babel (TypeScript 7 has no compiler API for
// typescript-eslint yet); types are tsc's job. The rules that keep the house style: only the
// CLI layer prints or exits, files stay under 400 lines, functions fit one screen.
import js from '@eslint/js';
import babelParser from '@babel/eslint-parser';

const typescript = {
  parser: babelParser,
  parserOptions: {
    requireConfigFile: false,
    babelOptions: { babelrc: false, configFile: false, presets: ['@babel/preset-typescript'] },
  },
};

const printing = [
  { object: 'process', property: 'stdout', message: 'only src/cli prints: return values, or take an output callback' },
  { object: 'process', property: 'stderr', message: 'only src/cli prints: return values, or take an output callback' },
  { object: 'process', property: 'exit', message: 'only src/cli ends the process: return an exit code' },
];

export default [
  { ignores: ['dist/', 'reports/', 'suites/generated/', 'suites/found/', 'pacts/', '.tmp/', 'bench/.tmp/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.js', '**/*.cjs'],
    languageOptions: { ...typescript, ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc checks names and unused locals with the types in view; these rules cannot see types.
      'no-undef': 'off',
      'no-unused-vars': 'off',
      'no-redeclare': 'off',
      // The suite builds and checks control characters on purpose (names, escapes, JUnit XML).
      'no-control-regex': 'off',
      'no-console': 'error',
      'no-restricted-properties': ['error', ...printing],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
      eqeqeq: ['error', 'always'],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  {
    // The front ends print; tests, benchmarks and the bin script are programs of their own.
    files: ['src/cli/**', 'bin/**', 'bench/**', 'test/**', '**/*.test.ts', 'eslint.config.js'],
    rules: { 'no-console': 'off', 'no-restricted-properties': 'off' },
  },
  {
    // A test is a list of cases, and a describe block holds many: length is not complexity there.
    files: ['**/*.test.ts', 'test/**', 'bench/**'],
    rules: { 'max-lines-per-function': 'off' },
  },
];
