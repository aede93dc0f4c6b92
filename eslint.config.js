import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLibraries = [
  'react',
  'react-*',
  'react/*',
  'd3',
  'd3-*',
  'katex',
  'katex/*',
  'zustand',
  'zustand/*',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Imports flow one way: model ← lesson ← store ← diagram and components; src/frame (frame
  // timing) stands beside the model, below everything that schedules views.
  {
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'src/model is pure math: no UI libraries.' },
            {
              group: [
                '**/lesson/**',
                '**/store/**',
                '**/diagram/**',
                '**/components/**',
                '**/cli/**',
              ],
              message: 'src/model must not import from the layers above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  // Inside the core: linalg ← bptt ← io ← build.
  ...[
    ['linalg', ['bptt', 'io', 'build']],
    ['bptt', ['io', 'build']],
    ['io', ['build']],
  ].map(([folder, above]) => ({
    files: [`src/model/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'src/model is pure math: no UI libraries.' },
            {
              group: [
                '**/lesson/**',
                '**/store/**',
                '**/diagram/**',
                '**/components/**',
                '**/cli/**',
              ],
              message: 'src/model must not import from the layers above it.',
            },
            {
              group: above.map((f) => `../${f}/**`),
              message: `src/model/${folder} must not import from ${above.join(', ')}.`,
            },
            {
              regex: '^\\.\\./?(index)?$',
              message: "Inside the core, import the module, not the core's index.",
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/lesson/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'src/lesson is data: no UI libraries.' },
            {
              group: ['**/store/**', '**/diagram/**', '**/components/**'],
              message: 'src/lesson must not import from the layers above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['d3', 'd3-*', 'katex', 'katex/*'],
              message: 'src/store holds state, not rendering.',
            },
            {
              group: ['**/diagram/**', '**/components/**'],
              message: 'src/store must not import from the layers above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/frame/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'src/frame is framework-free: no UI libraries.' },
            {
              group: ['**/model/**', '**/lesson/**', '**/store/**', '**/diagram/**', '**/components/**'],
              message: 'src/frame must not import from the app: the app imports it.',
            },
          ],
        },
      ],
    },
  },
);
