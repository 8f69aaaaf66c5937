/**
 * A tool run in a checking-only mode is a checker (rules/tool-lexicon.json `modes`, `checkOnly`): `tsc
 * --noEmit` is a type-checker, so the TypeScript diagnostics of its step are its findings (quality-gate),
 * while the same lines from `npm run build` or an emitting `tsc -p .` stay a failed build (TAXONOMY.md:
 * typecheck errors reported by a compiler during the build are `build`; a separate typecheck-only job is
 * `quality-gate`). The diagnostic lines are TypeScript's own: microsoft/TypeScript
 * tests/baselines/reference/tsc/noEmit/multiFile/semantic-errors.js
 * @ 956929d60c06ddac3b9a79c290f27780ef421624
 * prints, for `tsc -p . --noEmit`, `a.ts:1:7 - error TS2322: ...` (pretty: the default on a terminal, and
 * with --pretty; src/compiler/program.ts formatDiagnosticsWithColorAndContext), and without pretty
 * `file(line,col): error TS2322: ...` (formatDiagnostic).
 */
import {
  checksOnly,
  classify,
  compileLexicon,
  defaultLexicon,
  defaultRuleSet,
  resolveCommandText,
  resolveContext,
  scanText,
} from '../../src/core/classify/index.js';
import { lexiconFile } from '../../src/core/classify/context.js';
import { lexiconEvidence, onlyFrom } from '../../bench/lopo.js';
import type { Scanned } from '../../bench/lopo.js';
import { actionsStep, jobLog, ruleFires } from '../classify-logs.js';

const lexicon = defaultLexicon();

const PRETTY = "a.ts:1:7 - error TS2322: Type 'string' is not assignable to type 'number'.";
const PLAIN = "a.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.";
/** What tsc prints after its diagnostics (pretty: the code frame and the summary). */
const prettyReport = [
  PRETTY,
  '',
  '1 const a: number = "hello"',
  '        ~',
  '',
  '',
  'Found 1 error in a.ts:1',
  '',
];

/** A GitHub Actions step running `run` that fails with exit code `code` after printing `output`. */
const step = (run: string, output: string[], code = 2): string => jobLog(actionsStep({ run }, output, code));

describe('tool modes in the lexicon', () => {
  test.each([
    'tsc --noEmit',
    'npx tsc --noEmit',
    'tsc -noEmit',
    'tsc --noemit',
    'tsc --NOEMIT',
    'tsc -p tsconfig.strict.json --noEmit',
    'tsc --noEmit true',
    'node_modules/.bin/tsc --project . --noEmit',
    'yarn tsc --noEmit --pretty',
  ])('%s is a type-checker', (command) => {
    expect(resolveCommandText(command, lexicon)).toEqual(['mode:tsc--noemit', 'quality-gate']);
    expect(checksOnly(command, lexicon)).toBe(true);
  });

  test.each(['tsc', 'tsc -p .', 'npx tsc --build', 'tsc --noEmit false', 'tsc --noEmitOnError'])(
    '%s is the compiler',
    (command) => {
      expect(resolveCommandText(command, lexicon)).toEqual(['tool:tsc', 'build']);
      expect(checksOnly(command, lexicon)).toBe(false);
    },
  );

  test('a compiler driver with -fsyntax-only only checks', () => {
    expect(resolveCommandText('gcc -Wall -fsyntax-only src/a.c', lexicon)).toEqual([
      'mode:gcc-fsyntax-only',
      'quality-gate',
    ]);
    expect(resolveCommandText('clang++ -std=c++17 -fsyntax-only a.cc', lexicon)?.[1]).toBe('quality-gate');
    expect(resolveCommandText('gcc -c src/a.c', lexicon)).toEqual(['tool:gcc', 'build']);
  });

  test('a command only checks when everything it runs is a check and one of them a type-checker', () => {
    expect(checksOnly('vue-tsc --noEmit', lexicon)).toBe(true);
    expect(checksOnly('vue-tsc --noEmit && eslint .', lexicon)).toBe(true);
    expect(checksOnly('tsc --noEmit && jest', lexicon)).toBe(false);
    expect(checksOnly('vue-tsc --noEmit && vite build', lexicon)).toBe(false);
    expect(checksOnly('eslint .', lexicon)).toBe(false);
    expect(checksOnly('./scripts/lint.sh', lexicon)).toBe(false);
    // A script the project names a type-check is one by that name (checkOnlyTasks), as `npm run typecheck` is.
    expect(checksOnly('./scripts/typecheck.sh', lexicon)).toBe(true);
    expect(checksOnly('./scripts/typecheck.sh && ./scripts/build.sh', lexicon)).toBe(false);
  });

  test('a mode left out (as leave-one-project-out does) leaves the plain tool', () => {
    const without = compileLexicon(lexiconFile, new Set(['mode:tsc--noemit']));
    expect(resolveCommandText('tsc --noEmit', without)).toEqual(['tool:tsc', 'build']);
    expect(checksOnly('tsc --noEmit', without)).toBe(false);
  });

  // The evaluation leaves out an entry whose logs all come from the project held out, unless the tool's own text
  // proves it (bench/lopo.ts onlyFrom): TypeScript's own test runs `tsc -p <dir> --noEmit` (tool-lexicon.json
  // `published`), so a project whose only type-check job fails is scored with the mode, as a user's would be.
  test('the mode is kept when the one project that runs it is held out: TypeScript documents it', () => {
    const log = step('npx tsc -p tsconfig.build.json --noEmit', [PLAIN]);
    const scan = scanText(log, defaultRuleSet());
    const label = {
      id: 'x',
      source: 's',
      type: 'quality-gate',
      confidence: 'medium',
      evidence: '',
      project: 'p',
    };
    const scanned: Scanned[] = [{ label, scan, verdict: classify({ log }) }];
    const evidence = lexiconEvidence(lexicon, scanned, [], lexiconFile.published);
    expect(evidence.get('mode:tsc--noemit')?.logs).toEqual([{ id: 'x', project: 'p' }]);
    expect(onlyFrom(evidence, 'p').has('mode:tsc--noemit')).toBe(false);
  });

  test("every mode's kind has a type, and every checkOnly kind is a kind", () => {
    for (const mode of lexiconFile.modes ?? []) expect(lexiconFile.kinds[mode.kind]).toBeDefined();
    for (const kind of lexiconFile.checkOnly ?? []) expect(lexiconFile.kinds[kind]).toBeDefined();
  });
});

describe("TypeScript's diagnostics", () => {
  test('both formats are compiler errors to the rules', () => {
    expect(ruleFires(defaultRuleSet(), 'compiler-error', PRETTY)).toBe(true);
    expect(ruleFires(defaultRuleSet(), 'compiler-error', PLAIN)).toBe(true);
  });

  test.each([
    ['npx tsc --noEmit', [PLAIN]],
    ['npx tsc --noEmit', prettyReport],
    ['npx tsc -p tsconfig.json --noEmit --pretty', prettyReport],
    ['npx vue-tsc --noEmit', prettyReport],
    ['npx vue-tsc --noEmit && npx eslint .', prettyReport],
    // npm echoes the script's command: the step's failing command is `tsc --noEmit`.
    ['npm run typecheck', ['', '> app@1.0.0 typecheck', '> tsc --noEmit', '', ...prettyReport]],
  ])('in a step running %s are the checker findings: quality-gate', (run, output) => {
    const result = classify({ log: step(run, output) });
    expect(result.type).toBe('quality-gate');
    expect(result.rule).toBe('compiler-error');
    expect(result.evidence?.text).toMatch(/error TS2322/);
  });

  test.each([
    ['npm run build', ['', '> app@1.0.0 build', '> tsc -p .', '', ...prettyReport]],
    ['npm run build', [PLAIN]],
    ['npx tsc -p .', [PLAIN]],
    ['npx tsc -p .', prettyReport],
    ['npx tsc --noEmit false', prettyReport],
    // The step builds too: which of its commands printed the error is not the command's to say.
    ['npx vue-tsc --noEmit && npx vite build', prettyReport],
  ])('in a step running %s are a failed build', (run, output) => {
    const result = classify({ log: step(run, output) });
    expect(result.type).toBe('build');
    expect(result.rule).toBe('compiler-error');
  });

  // A script the project names a type-check (tool-lexicon.json checkOnlyTasks: Nuxt's `nuxi typecheck`, the
  // `type-check` script create-vue writes) only checks, though the log never echoes the checker's command.
  test.each([
    ['pnpm typecheck', [PLAIN]],
    ['npm run type-check', prettyReport],
    ['npx nuxi typecheck', [PLAIN]],
    ['pnpm -r typecheck', [PLAIN]],
  ])('a script named a type-check (%s) prints checker findings: quality-gate', (run, output) => {
    const result = classify({ log: step(run, output) });
    expect(result).toMatchObject({ type: 'quality-gate', rule: 'compiler-error' });
  });

  test('a type-check script whose echoed command emits is a build', () => {
    const output = ['', '> app@1.0.0 typecheck', '> tsc -p .', '', PLAIN];
    expect(classify({ log: step('npm run typecheck', output) }).type).toBe('build');
    expect(classify({ log: step('npm run typecheck && npm run build', [PLAIN]) }).type).toBe('build');
  });

  // pnpm across a workspace names the package command that failed (rule pnpm-recursive-fail, proven on
  // pnpm/npm-lifecycle's message): `tsc --noEmit`, whatever the workspace-wide script is called.
  test('pnpm -r names the failing package command: a type-check run under any script name', () => {
    const fail = ' ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  @acme/server@0.0.0 ci: `tsc --noEmit`';
    const result = classify({ log: step('pnpm -r run ci', [PLAIN, fail, 'Exit status 2']) });
    expect(result).toMatchObject({ type: 'quality-gate', rule: 'compiler-error' });
    const build = ' ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  @acme/server@0.0.0 ci: `tsc -p .`';
    expect(classify({ log: step('pnpm -r run ci', [PLAIN, build, 'Exit status 2']) }).type).toBe('build');
  });

  test('a failed tsc --noEmit with no diagnostic line is typed by its mode, as a named tool', () => {
    // tsc's closing summary alone, the diagnostics above it not in the log (src/compiler/watch.ts
    // getErrorSummaryText).
    const summary = ['Found 2 errors in the same file, starting at: src/a.ts:3'];
    // Its confidence is its measured weight's: on the 1422-log corpus the mode decided 2 failures, 1 of them
    // right (d1383's tsc step was not the one that failed its job), so it no longer says medium.
    expect(classify({ log: step('npx tsc --noEmit', summary) })).toMatchObject({
      type: 'quality-gate',
      rule: 'command:mode:tsc--noemit',
    });
    expect(classify({ log: step('npx tsc -p .', summary) })).toMatchObject({
      type: 'build',
      rule: 'command:tool:tsc',
    });
  });

  test('tsc --noEmit && jest, failing in jest, is a test failure', () => {
    const jest = [
      'FAIL src/sum.test.ts',
      '  ● sum › adds',
      '',
      '    expect(received).toBe(expected) // Object.is equality',
      '',
      'Tests:       1 failed, 3 passed, 4 total',
      'Test Suites: 1 failed, 1 total',
    ];
    const result = classify({ log: step('npx tsc --noEmit && npx jest', jest, 1) });
    expect(result.type).toBe('test');
  });
});

describe('a linter that the build tool says failed (lexicon checkWhenFailed)', () => {
  // Checkstyle 6.11 run by maven-checkstyle-plugin 2.17 prints a violation in a compiler's shape; Maven then
  // names the goal that failed. Lines after BugSwarm/bugswarm's test data (BSD 3-Clause; corpus d1314), with
  // the project's paths replaced.
  const violation =
    '/home/runner/work/app/src/main/java/a/B.java:24:8: error: Unused import - java.util.LinkedList.';
  const goal = (plugin: string, message: string): string =>
    `[ERROR] Failed to execute goal org.apache.maven.plugins:${plugin} (default) on project app: ${message}`;
  const mvn = (failed: string[]): string =>
    step(
      './mvnw verify',
      [
        '[INFO] --- maven-checkstyle-plugin:2.17:check (default) @ app ---',
        '[INFO] Starting audit...',
        violation,
        'Audit done.',
        '[INFO] BUILD FAILURE',
        ...failed,
      ],
      1,
    );

  test('Maven says the checkstyle goal failed: its compiler-shaped violation is a finding, not a failed build', () => {
    const log = mvn([
      goal(
        'maven-checkstyle-plugin:2.17:check',
        'Failed during checkstyle execution: There is 1 error reported by Checkstyle 6.11.2 with check.',
      ),
    ]);
    expect(ruleFires(defaultRuleSet(), 'compiler-error', violation)).toBe(true);
    expect(classify({ log }).type).toBe('quality-gate');
  });

  test('the same line stays a failed build when the compiler goal failed, or when no line says what failed', () => {
    expect(
      classify({ log: mvn([goal('maven-compiler-plugin:3.8.1:compile', 'Compilation failure')]) }).type,
    ).toBe('build');
    expect(classify({ log: mvn([]) }).type).toBe('build');
  });

  test('only a line that says the linter failed makes it a check: the same linter as the step command does not', () => {
    const hit = (role: 'failed' | 'step') => ({
      line: 1,
      text: 'checkstyle -c google_checks.xml src',
      role,
      spec: 't',
    });
    const failed = resolveContext({ failed: [hit('failed')], ran: [] }, lexicon);
    expect(failed?.entry).toBe('tool:checkstyle');
    expect(failed?.checkOnly).toBe(true);
    expect(resolveContext({ failed: [], ran: [], step: hit('step') }, lexicon)?.checkOnly).toBeUndefined();
    expect(lexicon.checkWhenFailed.has('tool:javac')).toBe(false);
  });
});
