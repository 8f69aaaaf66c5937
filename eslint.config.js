import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { housePlugin } from './scripts/no-silent-catch.js';

const ioModules = ['fs', 'fs/promises', 'child_process', 'process', 'net', 'http', 'https'];

/**
 * The wings' doors: a wing is a folder of src/ with its own floors inside and one `index.ts`; outside it, the
 * wing is imported from its index.ts only, so that its inside can change without touching the rest. The
 * checkpoint engine, test recovery and the supervisor are wings. Part of each floor rule below (a file takes
 * one set of patterns per rule), and `wingDoor` for the other folders of src/. A wing's own files import
 * each other by paths that never name the wing, so the patterns hold inside the wings too.
 */
const WINGS = {
  checkpoint: 'the checkpoint engine',
  'test-recovery': 'test recovery',
  supervise: 'the supervisor',
};
const wingDoorPatterns = Object.entries(WINGS).map(([wing, what]) => ({
  group: [`**/${wing}/*/**`, `**/${wing}/*.js`, `!**/${wing}/index.js`],
  message: `${what} has one door: import it from '${wing}/index.js', not from its inside.`,
}));

/**
 * The report (src/core/report) has the doors its cost asks for: index.js (the light parts a green post uses),
 * load.js (the renderers, loaded when a job has something to say), renderers.js (the supervisor's, imported
 * statically: it always renders) and comment.js (the sticky comment's codec, taken whole by its reader and
 * writer). Its own files import each other by paths without the folder.
 */
const reportDoorPattern = {
  group: [
    '**/report/*.js',
    '!**/report/index.js',
    '!**/report/load.js',
    '!**/report/renderers.js',
    '!**/report/comment.js',
  ],
  message:
    "the report has its doors: import it from 'core/report/index.js', load.js, renderers.js or comment.js.",
};

/** src/core is the ground floor: the wings stand above it, so it imports none of them, not even by a door. */
const aboveCore = {
  group: Object.keys(WINGS).flatMap((wing) => [`**/${wing}/**`, `**/${wing}/*.js`]),
  message:
    'src/core is the ground floor: pass in what it needs from a wing, or move the shared piece into core.',
};

/**
 * The floor rule: src/core (and each wing's core/) decides and never touches the world. No process (env,
 * cwd, exit), no files, processes or network, no toolkit or git client, nothing from the adapters: those
 * are passed in.
 * __tests__/unit/lint-floors.test.ts proves it fails on a deliberate violation.
 */
const coreFloorFor = (files, extra) => ({
  files,
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
          ...extra,
        ],
      },
    ],
  },
});
export const coreFloor = coreFloorFor(['src/core/**/*.ts'], [aboveCore, reportDoorPattern]);
/** The wings' own cores: pure as src/core, and through another wing's door only. */
export const wingCoreFloor = coreFloorFor(
  Object.keys(WINGS).map((wing) => `src/${wing}/core/**/*.ts`),
  [...wingDoorPatterns, reportDoorPattern],
);

/**
 * The phases' floor: a phase gathers through ports, decides with core and acts through ports, so it may
 * name an adapter's types but not call one; the entry point (src/actions/) wires the real adapters in.
 * src/ports/ (and each wing's ports/) holds the ports and their in-memory implementations, under the same
 * floor; the supervisor's phase (src/supervise/phase/) and the engine's stage.ts are held to it too.
 */
export const phasesFloor = {
  files: [
    'src/phases/**/*.ts',
    'src/ports/**/*.ts',
    'src/runner/ports/**/*.ts',
    'src/checkpoint/ports/**/*.ts',
    'src/checkpoint/stage.ts',
    'src/test-recovery/ports/**/*.ts',
    'src/supervise/ports/**/*.ts',
    'src/supervise/phase/**/*.ts',
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
          ...wingDoorPatterns,
          reportDoorPattern,
        ],
      },
    ],
  },
};

/**
 * The doors for the rest of src/, the wings' adapters too (the floors above hold them in their own rules).
 * The checkpoint engine has a second door here: `checkpoint/load.js`, its adapters' lazy loaders and nothing
 * else, so that an entry point that may need an adapter does not load the engine's core to reach it. A phase,
 * which takes adapters as ports, keeps to index.js.
 */
export const wingDoor = {
  files: ['src/**/*.ts'],
  ignores: [...coreFloor.files, ...wingCoreFloor.files, ...phasesFloor.files],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...wingDoorPatterns.map((p, i) =>
            Object.keys(WINGS)[i] === 'checkpoint'
              ? { ...p, group: [...p.group, '!**/checkpoint/load.js'] }
              : p,
          ),
          reportDoorPattern,
        ],
      },
    ],
  },
};

/**
 * A wing's door names what it lets out (`export { … } from`), never a whole file (`export *`): a helper made
 * exportable for a split inside the wing does not become reachable from the rest of src/ by accident.
 */
export const namedDoors = {
  files: Object.keys(WINGS).map((wing) => `src/${wing}/index.ts`),
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: 'ExportAllDeclaration',
        message: "a wing's door names what it lets out: export { … } from the file, not export *.",
      },
    ],
  },
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
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', 'src/core/config-validator.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '__tests__/*.js', '__tests__/*.cjs'] },
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
  wingDoor,
  namedDoors,
  coreFloor,
  wingCoreFloor,
  phasesFloor,
  { files: ['**/*.js', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  // CommonJS where a tool requires it (jest loads a custom runtime with require()).
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
