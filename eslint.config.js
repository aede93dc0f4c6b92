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

// The string systems src/i18n replaced: nothing may import them again.
const removedStrings = {
  group: [
    '**/lesson/i18n',
    '**/lesson/i18n-*',
    '**/lesson/text',
    '**/lesson/format',
    '**/diagram/strings',
    '**/classroom/strings',
    '**/explore/strings',
    '**/explore/strings-ru',
    '**/explore/fieldErrors',
    '**/explore/fieldErrors-ru',
  ],
  message: "The app's strings and number formats live in src/i18n.",
};

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
      'no-restricted-imports': ['error', { patterns: [removedStrings] }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [removedStrings] }] },
  },
  // Imports flow one way: model ← i18n ← lesson ← store ← diagram and components; src/frame (frame
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
                '**/i18n/**',
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
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            removedStrings,
            {
              group: uiLibraries,
              message: 'src/i18n is data and plain functions: no UI libraries.',
            },
            {
              group: ['**/lesson/**', '**/store/**', '**/diagram/**', '**/components/**'],
              message: 'src/i18n must not import from the layers above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lesson/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            removedStrings,
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
            removedStrings,
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
