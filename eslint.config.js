import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Imports flow one way. Each top-level folder of src/ lists the folders it may import from; every
 * other folder of src/ is refused (a new folder must be added here, or nothing may import it).
 *
 *   model, frame ← i18n ← lesson ← url ← store ← diagram ← components ← explore, classroom, practice ← app
 *
 * frame (frame timing) stands beside the model, below everything that schedules views; the
 * diagram reads no store (it is drawn from props); the features never import each other.
 */
const LAYERS = {
  model: [],
  frame: [],
  i18n: ['model'],
  lesson: ['model', 'i18n'],
  url: ['model', 'i18n', 'lesson'],
  store: ['model', 'frame', 'i18n', 'lesson', 'url'],
  diagram: ['model', 'frame', 'i18n', 'lesson'],
  components: ['model', 'frame', 'i18n', 'lesson', 'url', 'store', 'diagram'],
  explore: ['model', 'frame', 'i18n', 'lesson', 'url', 'store', 'diagram', 'components'],
  classroom: ['model', 'frame', 'i18n', 'lesson', 'url', 'store', 'diagram', 'components', 'relay'],
  practice: ['model', 'frame', 'i18n', 'lesson', 'url', 'store', 'diagram', 'components'],
  app: [
    'model',
    'frame',
    'i18n',
    'lesson',
    'url',
    'store',
    'diagram',
    'components',
    'explore',
    'classroom',
    'practice',
    'styles',
  ],
  cli: ['model'],
  relay: [],
  styles: [],
};

/** The UI libraries each folder may use (KaTeX only through the Formula component, below). */
const react = ['react', 'react-*', 'react/*'];
const d3 = ['d3', 'd3-*'];
const zustand = ['zustand', 'zustand/*'];
const katex = ['katex', 'katex/*'];
const LIBRARIES = {
  store: [...react, ...zustand],
  diagram: [...react, ...d3],
  components: [...react, ...d3, ...zustand],
  explore: [...react, ...d3, ...zustand],
  classroom: [...react, ...d3, ...zustand],
  practice: [...react, ...d3, ...zustand],
  app: [...react, ...zustand],
};
const ALL_LIBRARIES = [...react, ...d3, ...zustand, ...katex];

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

/** A relative import that climbs out of the folder into src/<name> (any depth). */
const into = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

function layerPatterns(folder, extra = []) {
  const allowed = LAYERS[folder];
  const refused = Object.keys(LAYERS).filter((f) => f !== folder && !allowed.includes(f));
  const libs = LIBRARIES[folder] ?? [];
  const patterns = [removedStrings, ...extra];
  const notAllowed = ALL_LIBRARIES.filter((l) => !libs.includes(l));
  if (notAllowed.length > 0)
    patterns.push({
      group: notAllowed,
      message: `src/${folder} may use only: ${libs.join(', ') || 'no UI library'}.`,
    });
  if (refused.length > 0)
    patterns.push({
      regex: into(refused),
      message: `src/${folder} may import only from ${allowed.join(', ') || 'itself'}.`,
    });
  return patterns;
}

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

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
      ...restrict([removedStrings]),
    },
  },
  { files: ['tests/**/*.{ts,tsx}'], rules: restrict([removedStrings]) },
  ...Object.keys(LAYERS).map((folder) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: restrict(layerPatterns(folder)),
  })),
  // KaTeX only through the one Formula component (and its options).
  {
    files: ['src/components/Formula.tsx', 'src/components/katexOptions.ts'],
    rules: restrict(
      layerPatterns('components')
        .map((p) => (p.group ? { ...p, group: p.group.filter((g) => !katex.includes(g)) } : p))
        .filter((p) => p.regex || p.group.length > 0),
    ),
  },
  // The core: pure math, no browser globals; inside it, linalg ← bptt ← io ← build.
  {
    files: ['src/model/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  ...[
    ['linalg', ['bptt', 'io', 'build']],
    ['bptt', ['io', 'build']],
    ['io', ['build']],
    ['build', []],
  ].map(([folder, above]) => ({
    files: [`src/model/${folder}/**/*.ts`],
    rules: restrict(
      layerPatterns('model', [
        ...(above.length > 0
          ? [
              {
                group: above.map((f) => `../${f}/**`),
                message: `src/model/${folder} must not import from ${above.join(', ')}.`,
              },
            ]
          : []),
        {
          regex: '^\\.\\./?(index)?$',
          message: "Inside the core, import the module, not the core's index.",
        },
      ]),
    ),
  })),
);
