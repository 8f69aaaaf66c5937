import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { housePlugin } from './scripts/no-silent-catch.js';

const ioModules = ['fs', 'fs/promises', 'child_process', 'process', 'net', 'http', 'https'];

/**
 * The checkpoint engine's one door: outside src/checkpoint/ the engine is imported from its index.ts
 * only, so that its inside can change without touching the rest. Part of each floor rule below (a file
 * takes one set of patterns per rule), and `wingDoor` for the other folders of src/.
 */
const wingDoorPattern = {
  group: ['**/checkpoint/*/**', '**/checkpoint/*.js', '!**/checkpoint/index.js'],
  message: "the checkpoint engine has one door: import it from 'checkpoint/index.js', not from its inside.",
};

/**
 * The floor rule: src/core (and the checkpoint wing's src/checkpoint/core) decides and never touches the world. No process (env, cwd, exit), no files,
 * processes or network, no toolkit or git client, nothing from the adapters: those are passed in.
 * __tests__/unit/lint-floors.test.ts proves it fails on a deliberate violation.
 */
export const coreFloor = {
  files: ['src/core/**/*.ts', 'src/checkpoint/core/**/*.ts'],
  rules: {
    'no-restricted-globals': [
      'error',
      { name: 'process', message: 'core is pure: take what you need from process as a parameter.' },
    ],
    'no-restricted-imports': [
      'error',
      {
        paths: ioModules.flatMap((m) => [
          { name: m, message: 'core is pure: do I/O in an adapter and pass the result in.' },
          { name: `node:${m}`, message: 'core is pure: do I/O in an adapter and pass the result in.' },
        ]),
        patterns: [
          { group: ['@actions/*', 'simple-git'], message: 'core is pure: the toolkit belongs in adapters.' },
          {
            group: ['**/adapters/**', '**/actions/**', '**/cli/**'],
            message: 'core depends on nothing above it.',
          },
          wingDoorPattern,
        ],
      },
    ],
  },
};

/**
 * The phases' floor: a phase gathers through ports, decides with core and acts through ports, so it may
 * name an adapter's types but not call one; the entry point (src/actions/) wires the real adapters in.
 * src/ports/ (and src/checkpoint/ports/) holds the ports and their in-memory implementations, under the same floor.
 */
export const phasesFloor = {
  files: [
    'src/phases/**/*.ts',
    'src/ports/**/*.ts',
    'src/checkpoint/ports/**/*.ts',
    'src/checkpoint/stage.ts',
  ],
  rules: {
    'no-restricted-globals': [
      'error',
      { name: 'process', message: 'a phase reads the job through JobEnv and its ports, not process.' },
    ],
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: ioModules.flatMap((m) =>
          [m, `node:${m}`].map((name) => ({ name, message: 'a phase does I/O through a port.' })),
        ),
        patterns: [
          { group: ['@actions/*', 'simple-git'], message: 'a phase reaches the toolkit through a port.' },
          {
            group: ['**/adapters/**'],
            allowTypeImports: true,
            message: 'a phase takes adapters as ports; import their types only.',
          },
          { group: ['**/actions/**', '**/cli/**'], message: 'a phase depends on nothing above it.' },
          wingDoorPattern,
        ],
      },
    ],
  },
};

/** The door for the rest of src/ (core, phases and ports hold it in their floor rules). */
export const wingDoor = {
  files: ['src/**/*.ts'],
  ignores: ['src/checkpoint/**', 'src/core/**', 'src/phases/**', 'src/ports/**'],
  rules: { 'no-restricted-imports': ['error', { patterns: [wingDoorPattern] }] },
};

/**
 * No error dropped silently in src/: a handler that neither uses nor rethrows its error logs it or says
 * why in a comment (scripts/no-silent-catch.js; `npm run swallowed` counts them; proven in
 * __tests__/unit/lint-floors.test.ts).
 */
export const noSilentCatch = {
  files: ['src/**/*.ts'],
  plugins: { house: housePlugin },
  rules: { 'house/no-silent-catch': 'error' },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '__tests__/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  noSilentCatch,
  coreFloor,
  phasesFloor,
  wingDoor,
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
