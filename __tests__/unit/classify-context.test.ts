/**
 * The failing command and its tool, proven on real lines: each log shape's command line as a corpus log or a
 * tools/ sample prints it, resolved through rules/tool-lexicon.json; and the lexicon against the types that
 * tools.csv gives for real tools.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  classify,
  compileLexicon,
  defaultLexicon,
  defaultRuleSet,
  nameWords,
  normalizeLine,
  resolveCommandText,
  resolveContext,
  scanText,
} from '../../src/core/classify/index.js';
import { lexiconFile } from '../../src/core/classify/context.js';
import { logPath, readToolSamples } from '../../bench/lopo.js';
import { corpus, describeIfCorpus } from '../corpus.js';

const ruleSet = defaultRuleSet();
const lexicon = defaultLexicon();

function text(id: string): string {
  let data = readFileSync(logPath(corpus, id));
  if (data[0] === 0x1f) data = gunzipSync(data);
  return data.toString('utf8');
}
/** Lines `from`..`to` (1-based) of a corpus log, as the scanner sees them when they are the whole log. */
function lines(id: string, from: number, to = from): string {
  return text(id)
    .split('\n')
    .slice(from - 1, to)
    .join('\n');
}

test('script, target and task names split into words', () => {
  expect(nameWords('test:guide-formatting')).toEqual(['test', 'guide', 'formatting']);
  expect(nameWords(':cidiff:checkstyleMain')).toEqual(['cidiff', 'checkstyle', 'main']);
});

test('the lexicon is data of a few hundred tools, each of a kind that has a failure type', () => {
  const tools = Object.values(lexiconFile.tools).flat();
  expect(tools.length).toBeGreaterThanOrEqual(300);
  for (const kind of Object.keys(lexiconFile.tools)) expect(lexiconFile.kinds[kind]).toBeDefined();
  // A name is either a tool or a runner, never both: which one wins would be arbitrary.
  expect(tools.filter((t) => lexiconFile.runners.includes(t))).toEqual([]);
});

// An entry proven on its tool's documented command (tool-lexicon.json `published`) is kept by the evaluation
// when the one project or source whose logs run the tool is held out (bench/lopo.ts lexiconEvidence), so the
// documented command must resolve to that entry: as a failed step's command, through the scanner, and alone.
describe.each(Object.entries(lexiconFile.published ?? {}))(
  'lexicon entry %s on its documented command',
  (entry, lines) => {
    test.each(lines)('$text ($from)', ({ from, text: command }) => {
      expect(from).toMatch(/ @ [0-9a-f]{40}\b/);
      const type = resolveCommandText(command, lexicon)?.[1];
      expect(resolveCommandText(command, lexicon)?.[0]).toBe(entry);
      const log = `$ ${command}\nThe command "${command}" exited with 1.\n`;
      expect(resolveContext(scanText(log, ruleSet).command, lexicon)).toMatchObject({ entry, type });
      // Left out, as the evaluation leaves out an entry nothing else proves, it no longer resolves.
      expect(resolveCommandText(command, compileLexicon(lexiconFile, new Set([entry])))?.[0]).not.toBe(entry);
    });
  },
);

test('tool runners name what they run: uvx and pipx run a tool, pixi and rails run a task', () => {
  // astral-sh/uv docs/guides/tools.md @ 26a9dd4b2125bc271b47855e1fa0c49af3365db5 ('`uvx` is provided as an alias
  // for convenience' for `uv tool run`); pipx's `pipx run <app>`, pixi's `pixi run <task>`, Rails' `bin/rails test`.
  expect(resolveCommandText('uvx ruff check', lexicon)).toEqual(['tool:ruff', 'quality-gate']);
  expect(resolveCommandText('uvx --from black black --check .', lexicon)).toEqual([
    'tool:black',
    'quality-gate',
  ]);
  expect(resolveCommandText('pipx run black --check .', lexicon)).toEqual(['tool:black', 'quality-gate']);
  expect(resolveCommandText('pixi run lint', lexicon)).toEqual(['task:lint', 'quality-gate']);
  expect(resolveCommandText('bin/rails test', lexicon)).toEqual(['task:test', 'test']);
  expect(resolveCommandText('bundle exec rails test', lexicon)).toEqual(['task:test', 'test']);
  // A Rails task that names no kind of work stays unresolved.
  expect(resolveCommandText('bin/rails db:migrate', lexicon)).toBeUndefined();
});

test('an entry left out (as leave-one-project-out does) no longer resolves', () => {
  expect(resolveCommandText('stylelint "src/**/*.css"', lexicon)).toEqual(['tool:stylelint', 'quality-gate']);
  const without = compileLexicon(lexiconFile, new Set(['tool:stylelint']));
  expect(resolveCommandText('stylelint "src/**/*.css"', without)).toBeUndefined();
});

describeIfCorpus('the failing command on real log lines', () => {
  test('every tool of corpus/tools that the lexicon names has the type tools.csv gives it', () => {
    const samples = readToolSamples(corpus);
    const named = samples.filter((s) => lexicon.tools.has(s.tool));
    expect(named.length).toBeGreaterThanOrEqual(40);
    for (const sample of named) expect(sample.types).toContain(lexicon.tools.get(sample.tool));
  });

  test('yarn echoes the command it runs: tsc --noEmit, a type-checker, from a tools/ sample', () => {
    // `tsc --project tsconfig.strict.json --noEmit`: tools.csv's "build or quality-gate" is, by its flag, a
    // typecheck-only run (tool-lexicon.json modes).
    const line = readFileSync(path.join(corpus, 'tools/tsc.txt'), 'utf8').split('\n')[1] ?? '';
    const scan = scanText(line, ruleSet);
    expect(scan.command?.ran[0]).toMatchObject({ spec: 'shell-echo', line: 1 });
    expect(resolveContext(scan.command, lexicon)).toMatchObject({
      entry: 'mode:tsc--noemit',
      type: 'quality-gate',
      checkOnly: true,
    });
  });

  test('Travis: the first failed command wins and later failed ones are ignored', () => {
    // Five commands fail (build:except-parser, build:parser, ..., test); a person fixes the first.
    const scan = scanText(lines('d0019', 1, 600), ruleSet);
    expect(scan.command?.step).toMatchObject({ line: 489, text: 'node ./bin/cake build:except-parser' });
    expect(resolveContext(scan.command, lexicon)).toMatchObject({ entry: 'task:build', type: 'build' });
  });

  test("a script's path says what it does, also when its name is a shell word", () => {
    // `test/run !` (vim-plug) and `./scripts/ci/test.sh` (angular): the failed Travis commands' own words.
    for (const [id, line, command] of [
      ['d0079', 684, 'test/run !'],
      ['d0175', 16462, './scripts/ci/test.sh'],
    ] as const) {
      const step = scanText(lines(id, line), ruleSet).command?.step;
      expect(step?.text).toBe(command);
      expect(resolveCommandText(command, lexicon)).toEqual(['task:test', 'test']);
    }
    // The `test` builtin itself names no tool.
    expect(resolveCommandText('test -f Gemfile.lock', lexicon)).toBeUndefined();
  });

  test('a Gradle task says what it does by the words of its camel-cased name', () => {
    // Gradle's conventions: Android's `testDebugUnitTest` and `lintDebug`, Spotless's `spotlessCheck`.
    expect(resolveCommandText('./gradlew :app:testDebugUnitTest', lexicon)?.[1]).toBe('test');
    expect(resolveCommandText('./gradlew :app:lintDebug', lexicon)).toEqual(['task:lint', 'quality-gate']);
    expect(resolveCommandText('./gradlew spotlessCheck --no-daemon', lexicon)).toEqual([
      'tool:spotless',
      'quality-gate',
    ]);
    // sbt's are not split: `coverageReport` reports the coverage of tests that ran (finagle's `coverage test
    // coverageReport` stays a test run).
    expect(resolveCommandText('./sbt coverage test coverageReport', lexicon)?.[1]).toBe('test');
  });

  test("a program's own name says more than the directory it is in", () => {
    // A test binary a CMake build made, a build script kept with the tests: the name decides, the directory
    // only when the name says nothing (`test/run`).
    expect(resolveCommandText('./build/tests --gtest_brief=1', lexicon)).toEqual(['task:tests', 'test']);
    expect(resolveCommandText('./build/bin/unit_tests', lexicon)?.[1]).toBe('test');
    expect(resolveCommandText('./tests/lint.sh', lexicon)).toEqual(['task:lint', 'quality-gate']);
    expect(resolveCommandText('test/run !', lexicon)).toEqual(['task:test', 'test']);
  });

  test('a target or script name a line says failed resolves by its words, not as a program', () => {
    // `make: *** [test] Error 1` (vis): the test target failed. As a program, a bare `test` is the shell's
    // builtin and named nothing, so the make error alone (a build) decided.
    const scan = scanText(lines('d0600', 961), ruleSet);
    expect(scan.command?.failed[0]).toMatchObject({ spec: 'make-target', text: 'test', name: true });
    expect(resolveContext(scan.command, lexicon)).toMatchObject({ entry: 'task:test', type: 'test' });
    expect(classify({ log: lines('d0600', 886, 965) })).toMatchObject({ type: 'test' });
    // A command line keeps being read as one: `test -f x` is the builtin.
    expect(resolveCommandText('test -f Gemfile.lock', lexicon)).toBeUndefined();
  });

  test('npm: the script header, the command it runs, and the script npm says failed', () => {
    const header = scanText(lines('d0132', 516, 517), ruleSet).command;
    expect(header?.ran.map((h) => [h.spec, h.text])).toEqual([
      ['npm-script', 'test'],
      ['npm-script-command', 'npm-run-all -p test:*'],
    ]);
    const failed = scanText(lines('d0132', 674), ruleSet).command;
    expect(failed?.failed[0]).toMatchObject({ spec: 'npm-err-script', text: 'test:guide-formatting' });
    expect(resolveContext(failed, lexicon)).toMatchObject({ entry: 'task:formatting', type: 'quality-gate' });
  });

  test('GitHub Actions job log: the Run group is the step, ##[error] ends it, Gradle names the task', () => {
    const scan = scanText(lines('d0326', 1, 600), ruleSet);
    const task = scan.command?.failed[0];
    expect(task).toMatchObject({ spec: 'gradle-task', text: ':cidiff:test', line: 484 });
    expect(resolveContext(scan.command, lexicon)).toMatchObject({ entry: 'task:test', type: 'test' });
    expect(scan.command?.step).toMatchObject({ spec: 'gha-run' });
  });

  test('`gh run view --log` columns (job, step) before the timestamp do not hide the Gradle task', () => {
    const line = lines('d0140', 238);
    expect(line.split('\t')).toHaveLength(3);
    expect(scanText(line, ruleSet).command?.failed[0]).toMatchObject({ text: ':cidiff:test' });
  });

  test('Maven names the plugin whose goal failed; make names the target', () => {
    const maven = normalizeLine(lines('d0042', 1402));
    const goal = ruleSet.commands.find((c) => c.spec.id === 'maven-goal')?.re.exec(maven)?.groups?.cmd ?? '';
    expect(goal).toBe('org.apache.maven.plugins:maven-compiler-plugin');
    expect(resolveCommandText(goal, lexicon)).toEqual(['task:compiler', 'build']);
    const make = scanText(lines('d0001', 277), ruleSet).command?.failed[0];
    expect(make).toMatchObject({ spec: 'make-target', text: 'test_stdlib' });
    expect(resolveCommandText(make?.text ?? '', lexicon)).toEqual(['task:test', 'test']);
  });

  test("a run/ step's own command types output that no rule knows (stylelint's)", () => {
    // Rows of stylelint's string formatter whose messages no rule reads (stylelint/stylelint
    // lib/formatters/__tests__/stringFormatter.test.mjs @ 113888c0, 'outputs parse errors ...'), as a
    // run/ step running it would capture them.
    const report = 'path/to/file.css\n 1:1  ×  Cannot parse foo  foo-error\n 2:1  ×  Anonymous error\n';
    expect(scanText(report, ruleSet).command?.step).toBeUndefined();
    expect(classify({ log: report }).type).toBe('unknown');
    const verdict = classify({ log: report, command: 'npx stylelint "**/*.css"' });
    expect(verdict).toMatchObject({
      type: 'quality-gate',
      rule: 'command:tool:stylelint',
      evidence: { line: 2 },
    });
    // The tool's first problem states the cause, not the command's echo (issue 68 item 4).
    expect(verdict.evidence?.text).toMatch(/^1:1 +× +Cannot parse foo /);
  });

  test("stylelint's report in corpus/tools is typed by its own rule, its first error shown", () => {
    const report = readFileSync(path.join(corpus, 'tools/stylelint.txt'), 'utf8');
    for (const command of [undefined, 'npx stylelint "**/*.css"']) {
      const verdict = classify({ log: report, command });
      expect(verdict).toMatchObject({
        type: 'quality-gate',
        rule: 'stylelint-string-report',
        evidence: { line: 2 },
      });
      expect(verdict.evidence?.text).toMatch(/^46:3 +✖ +Unexpected longhand value /);
    }
  });

  test('reports of brakeman, clippy, dotenv-linter and scalastyle under sbt are read as the checks they are', () => {
    // Each was unknown, or a build (clippy's short-format warnings: rustc's warnings never fail a build).
    const expected: Record<string, string> = {
      brakeman: 'brakeman-warnings',
      clippy: 'generic-diagnostic',
      'dotenv-linter': 'dotenv-linter-warning',
      'sbt-scalastyle': 'sbt-scalastyle-errors',
    };
    for (const [tool, rule] of Object.entries(expected)) {
      const report = readFileSync(path.join(corpus, `tools/${tool}.txt`), 'utf8');
      expect({ tool, ...classify({ log: report }) }).toMatchObject({ tool, type: 'quality-gate', rule });
    }
  });
});
