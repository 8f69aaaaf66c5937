/**
 * Where in its command a failed step ran the test runner whose tests failed, and what the step never ran
 * because of that failure: test re-runs can stand for the step only when that runner's invocation was the
 * last thing it runs. Otherwise, once the failed tests passed alone, the step runs what its failure skipped
 * (the rest of a `&&` chain, the next lines under `bash -e`, the rest of a package script that chains
 * runners), or, where the command does not say what was skipped or the runner itself stopped at a failure
 * (stopped.ts), the whole step once, as a plain retry would. Pure.
 */
import type { TestId, TestRunner } from '../../core/test-identity.js';
import { printablePath } from '../../core/text.js';
import { plainLines } from './console.js';
import { runnerAt } from './invocation.js';
import { builtInRerun, type StepInvocation } from './rerun.js';
import {
  endedEarly,
  failedOutsideTests,
  missedCoverage,
  stoppedEarly,
  configMayBail,
  type ConfigTexts,
} from './stopped.js';
import { stopsInConfig } from './stop-config.js';
import { assignedIn, npmWorkspaces, runnerEnv, stopsInEnv, type StepEnv } from './step-env.js';
import {
  expandScripts,
  leaves,
  parseChain,
  restAfter,
  scriptOf,
  setupBefore,
  type Part,
  type PartPath,
} from './step-script.js';

/** What the step still has to run after its failed tests passed alone. */
export type AfterTests =
  { kind: 'nothing' } | { kind: 'rest'; script: string } | { kind: 'whole'; why: string };

export interface StepRunPlan {
  /** How the step ran the runner; undefined when its command does not show it. */
  how?: StepInvocation;
  after: AfterTests;
}

/**
 * Lines that end one run of a runner (its summary), to tell which of several invocations of the same
 * runner failed: the failed one stopped the chain, so it is the last one that printed its summary.
 */
const SUMMARY: Partial<Record<TestRunner, RegExp>> = {
  jest: /^Test Suites: /gm,
  vitest: /^\s*Test Files\s+\d/gm,
  // With -q, no `=` border: `1 failed, 2 passed in 0.05s`.
  pytest:
    /^=*\s*(?:(?:\d+ (?:passed|failed|errors?|skipped|deselected|xfailed|xpassed|warnings?)(?:, )?)+|no tests ran) in [\d.]+m?s\b/gm,
  mocha: /^\s+\d+ (?:passing|failing) \(/gm,
  // node --test: TAP's `# duration_ms 12.3`, spec's `ℹ duration_ms 12.3` (coloured on a terminal), once a run.
  // eslint-disable-next-line no-control-regex
  node: /^(?:\u001b\[[\d;]*m)?(?:#|ℹ) duration_ms [\d.]+/gm,
};

function failedLeaf(
  candidates: { part: Part; path: PartPath }[],
  runner: TestRunner,
  output: string,
  uncaptured = false,
): { part: Part; path: PartPath } | undefined {
  if (candidates.length === 1) return candidates[0];
  const summary = SUMMARY[runner];
  if (!summary) return undefined;
  // A passing run prints one summary (jest's counts both lines "Tests:" and "Test Suites:": one of them).
  const runs =
    runner === 'pytest'
      ? pytestRuns(candidates, output, summary, uncaptured)
      : (output.match(summary)?.length ?? 0);
  if (runs === undefined || runs < 1 || runs > candidates.length) return undefined;
  // A pre script's run counted may be the script's own, had the package manager skipped the pre script.
  const picked = candidates[runs - 1]!;
  return picked.part.maybeSkipped && runs < candidates.length ? undefined : picked;
}

/**
 * The pytest runs that ended in `output`, or undefined when its count cannot be trusted. A failed run's report
 * sections show what each failed test printed, as it printed it (a pytester run's `3 passed in 0.01s`):
 * counted, such a line made an earlier line's run look like a later one, whose tests never ran. So only the
 * summaries before the first report section are counted (`-rA`'s PASSES shows passed tests' output too), and
 * the section's run once; too few is safe (what follows the earlier run runs). A run without capture (`-s`,
 * on its command line or, `uncaptured`, in PYTEST_ADDOPTS or a config's addopts) prints its tests' output
 * anywhere: not counted.
 */
function pytestRuns(
  candidates: readonly { part: Part }[],
  output: string,
  summary: RegExp,
  uncaptured: boolean,
): number | undefined {
  if (uncaptured || candidates.some((c) => pytestUncaptured(c.part.words.map((w) => w.text))))
    return undefined;
  const line = new RegExp(summary.source);
  const lines = plainLines(output);
  const count = (from: number, to: number): number =>
    lines.slice(from, to).filter((l) => line.test(l)).length;
  const report = lines.findIndex((l) => /^=+ (?:FAILURES|ERRORS|PASSES) =+$/.test(l));
  if (report === -1) return count(0, lines.length);
  return count(0, report) + Math.min(count(report, lines.length), 1);
}

/**
 * Does pytest run uncaptured by its environment's PYTEST_ADDOPTS or a config file's `addopts` (an ini value
 * continued on indented lines, a toml string or list)? A config not read whole may: taken as so.
 */
function pytestEnvUncaptured(vars: Readonly<Record<string, string>>, configs: ConfigTexts): boolean {
  if (pytestUncaptured(addoptsWords(vars.PYTEST_ADDOPTS ?? ''))) return true;
  return Object.values(configs).some(
    (text) => text === null || configAddopts(text).some((words) => pytestUncaptured(words)),
  );
}

const addoptsWords = (text: string): string[] => text.split(/[\s,"'[\]]+/).filter(Boolean);

/** Each `addopts` of a config's text, as words. */
function configAddopts(text: string): string[][] {
  return [
    ...text.matchAll(/^[ \t]*addopts[ \t]*=(.*(?:\n(?![ \t]*(?:\[|[A-Za-z_][\w.-]*[ \t]*=)).*)*)/gm),
  ].map((m) => addoptsWords(m[1]!));
}

/**
 * The config files pytest looks for in a directory, in its order, each with the section it reads: the first
 * that has its section is the one (pytest.ini and .pytest.ini even without it); the others are not read.
 * https://docs.pytest.org/en/stable/reference/customize.html#finding-the-rootdir
 */
const PYTEST_CONFIGS: readonly (readonly [string, string, boolean])[] = [
  ['pytest.ini', 'pytest', true],
  ['.pytest.ini', 'pytest', true],
  ['pyproject.toml', 'tool.pytest.ini_options', false],
  ['tox.ini', 'pytest', false],
  ['setup.cfg', 'tool:pytest', false],
];

/** The lines of a config's `[name]` section, up to the next section's header; undefined when it has none. */
function configSection(text: string, name: string): string | undefined {
  const lines = text.split('\n');
  const header = /^[ \t]*\[([^\]\n]+)\][ \t]*(?:[#;].*)?$/;
  const start = lines.findIndex((l) => header.exec(l)?.[1]?.trim() === name);
  if (start === -1) return undefined;
  const end = lines.findIndex((l, i) => i > start && header.test(l));
  return lines.slice(start + 1, end === -1 ? lines.length : end).join('\n');
}

/**
 * The options pytest adds to its command line: PYTEST_ADDOPTS, then the `addopts` of the pytest section of the
 * one config it uses (the file `-c` named, the only one given then; else the first of PYTEST_CONFIGS that is
 * its config). A config not read gives none.
 */
function pytestAddopts(vars: Readonly<Record<string, string>>, configs: ConfigTexts): string[] {
  const named = Object.keys(configs).find((f) => !PYTEST_CONFIGS.some(([c]) => c === f));
  const candidates: (readonly [string, string, boolean])[] = named
    ? [
        [
          named,
          /\.toml$/.test(named)
            ? 'tool.pytest.ini_options'
            : /(^|\/)setup\.cfg$/.test(named)
              ? 'tool:pytest'
              : 'pytest',
          true,
        ],
      ]
    : [...PYTEST_CONFIGS];
  let section: string | undefined;
  for (const [file, name, always] of candidates) {
    const text = configs[file];
    if (text === undefined) continue;
    section = text === null ? undefined : configSection(text, name);
    if (section !== undefined || always) break;
  }
  return [
    ...addoptsWords(vars.PYTEST_ADDOPTS ?? ''),
    ...(section === undefined ? [] : configAddopts(section).flat()),
  ];
}

/** pytest's options that show its tests' output as they print it: `-s` (in `-vs` too), `--capture=no`, `tee-sys`. */
function pytestUncaptured(args: readonly string[]): boolean {
  return args.some((a, i) => {
    if (/^--capture(?:=(?:no|tee-sys))?$/.test(a))
      return a !== '--capture' || /^(?:no|tee-sys)$/.test(args[i + 1] ?? '');
    if (a === '-p' && args[i + 1] === 'no:capture') return true;
    // Short flags combine until one that takes a value (`-rs` is -r's `s`).
    const short = /^-([a-zA-Z]+)$/.exec(a)?.[1] ?? '';
    for (const c of short) {
      if (c === 's') return true;
      if ('rkmpcoWn'.includes(c)) return false;
    }
    return false;
  });
}

/**
 * How the step ran `runner` and what its failure skipped. `errexit`: the shell stops at a failed line
 * (bash and sh as the runner calls them, `-e`); `scripts`: the package.json scripts where the step ran;
 * `configs`: the texts of the runner's config files (stop-config.ts's `stopConfigFiles`) where it ran.
 */
export function planStepRun(
  command: string,
  errexit: boolean,
  scripts: Readonly<Record<string, string>>,
  runner: TestRunner,
  output: string,
  configs: ConfigTexts = {},
  env: StepEnv = {},
): StepRunPlan {
  const parsed = parseChain(command, errexit);
  const vars = { ...env.vars, ...assignedIn(parsed.parts) };
  const npmWs = npmWorkspaces({ ...env, vars });
  const chain = expandScripts(parsed, scripts, 4, false, npmWs);
  if (chain.complex) return complexStep(command, errexit, runner, chain.complex);
  // A package script's own `export GOFLAGS=...` reaches the runner it starts.
  Object.assign(vars, assignedIn(chain.parts));
  const all = leaves(chain.parts);
  const candidates = all.filter((l) => runnerAt(runner, l.part.words) >= 0);
  if (candidates.length === 0)
    return {
      after: {
        kind: 'whole',
        why: chain.unread
          ? `${chain.unread}, so where it runs ${runner} is not known`
          : `its command does not show where it runs ${runner}`,
      },
    };
  const failed = failedLeaf(
    candidates,
    runner,
    output,
    runner === 'pytest' && pytestEnvUncaptured(vars, configs),
  );
  if (!failed)
    return {
      after: {
        kind: 'whole',
        why: `it runs ${runner} ${candidates.length} times and its output does not tell which one failed`,
      },
    };
  const pm = scriptOf(chain.parts, failed.path);
  const setup = setupBefore(chain.parts, failed.path[0]!);
  const goflags = runner === 'go' ? runnerEnv(runner, failed.part.words, vars).GOFLAGS : undefined;
  const addopts = runner === 'pytest' ? pytestAddopts(vars, configs) : [];
  const how: StepInvocation = {
    setup,
    words: failed.part.words,
    ...(pm ? { pm } : {}),
    ...(goflags !== undefined ? { goflags } : {}),
    ...(addopts.length > 0 ? { addopts } : {}),
  };
  // A runner that stopped at a failure, or a file that failed to run, left tests unrun: the whole step runs them.
  // A missed coverage threshold is the whole run's, which no re-run of a few tests can show met.
  const moved = movedInScript(chain.parts, failed.path);
  if (moved)
    return {
      how,
      after: {
        kind: 'whole',
        why: `its package script '${printablePath(moved)}' changes directory before it runs ${runner}, so what may stop ${runner} there (its config files) is not known`,
      },
    };
  const stopped =
    stoppedEarly(runner, failed.part.words, output, npmWs) ??
    stopsInEnv(runner, failed.part.words, vars) ??
    stopsInConfig(runner, failed.part.words, configs) ??
    failedOutsideTests(runner, output) ??
    missedCoverage(output) ??
    endedEarly(runner, output) ??
    configMayBail(runner, failed.part.words, output);
  if (stopped) return { how, after: { kind: 'whole', why: stopped } };
  const post = postScript(chain.parts, failed.path, scripts);
  if (post)
    return {
      how,
      after: {
        kind: 'whole',
        why: `its package script '${printablePath(post)}' runs after the script that failed, which skipped it`,
      },
    };
  const rest = restAfter(chain.parts, failed.path);
  if (rest === undefined)
    return {
      how,
      after: {
        kind: 'whole',
        why: 'a command after the failed one runs whatever its status, so the step status came from it',
      },
    };
  if (rest.length === 0) return { how, after: { kind: 'nothing' } };
  return { how, after: { kind: 'rest', script: [...setup, ...rest].join(' && ') } };
}

/**
 * The `post<name>` script of a package script around the part at `path`: npm (and yarn 1) run it after
 * `<name>` passes (https://docs.npmjs.com/cli/using-npm/scripts#pre--post-scripts), so the failure skipped it.
 */
function postScript(
  parts: readonly Part[],
  path: PartPath,
  scripts: Readonly<Record<string, string>>,
): string | undefined {
  let level = parts;
  for (const i of path.slice(0, -1)) {
    const script = level[i]!.script!;
    if (Object.hasOwn(scripts, `post${script.name}`)) return `post${script.name}`;
    level = script.parts;
  }
  return undefined;
}

/**
 * A command this module does not read whole (a pipe, `||`): the whole step runs once after the tests
 * passed alone, and the re-run still keeps the runner's own command when exactly one simple command in it
 * runs the runner (`npx jest --config c 2>&1 | tee log`).
 */
function complexStep(command: string, errexit: boolean, runner: TestRunner, complex: string): StepRunPlan {
  const after: AfterTests = {
    kind: 'whole',
    why: `its command has ${complex}, so what it skipped is unknown`,
  };
  const lenient = parseChain(command, errexit, true);
  const found = leaves(lenient.parts).filter((l) => runnerAt(runner, l.part.words) >= 0);
  if (found.length !== 1) return { after };
  const setup = setupBefore(lenient.parts, found[0]!.path[0]!);
  return { how: { setup, words: found[0]!.part.words }, after };
}

/** Does the shell stop at a failed command? bash and sh as the runner calls them do (`-e`). */
export function shellStopsOnError(shell: string): boolean {
  const s = shell.trim();
  if (/^(?:\S*\/)?(?:bash|sh)$/.test(s)) return true;
  return /\s-[a-z]*e[a-z]*\b/.test(s) || /\s-o\s+errexit\b/.test(s);
}

/** The built-in re-run of `tests` for a step that ran `command` (bash -e): what `run/` runs. */
export function rerunOfCommand(
  runner: TestRunner,
  tests: readonly TestId[],
  command: string,
  scripts: Readonly<Record<string, string>> = {},
  output = '',
): string | undefined {
  return builtInRerun(runner, tests, planStepRun(command, true, scripts, runner, output).how);
}

/**
 * How a step runs `runner` whatever its outcome, for a run of other tests its way (early flake detection),
 * or why no invocation stands for the step: its command does not show the runner (its flags may be in a
 * Makefile), runs it more than once (which one runs the change's files is not known), or changes directory
 * before it (the files' paths would not hold there). `configs` and `env` as planStepRun's: pytest's `addopts`.
 */
export function stepInvocation(
  command: string,
  errexit: boolean,
  scripts: Readonly<Record<string, string>>,
  runner: TestRunner,
  configs: ConfigTexts = {},
  env: StepEnv = {},
): { how: StepInvocation } | { unknown: string } {
  let chain = expandScripts(parseChain(command, errexit), scripts);
  if (chain.complex) chain = parseChain(command, errexit, true);
  const found = leaves(chain.parts).filter((l) => runnerAt(runner, l.part.words) >= 0);
  if (found.length === 0) return { unknown: `its command does not show how it runs ${runner}` };
  if (found.length > 1) return { unknown: `its command runs ${runner} ${found.length} times` };
  const { part, path } = found[0]!;
  if (changesDirectory(chain.parts, path))
    return { unknown: `its command changes directory before it runs ${runner}` };
  const pm = scriptOf(chain.parts, path);
  // pytest's `addopts` (its environment's, its config's) apply to a run of other tests too (planStepRun's).
  const addopts =
    runner === 'pytest' ? pytestAddopts({ ...env.vars, ...assignedIn(chain.parts) }, configs) : [];
  return {
    how: {
      setup: setupBefore(chain.parts, path[0]!),
      words: part.words,
      ...(pm ? { pm } : {}),
      ...(addopts.length > 0 ? { addopts } : {}),
    },
  };
}

/**
 * The package script that changes directory (`"test": "cd web && jest"`) before the part at `path`, inside
 * it: the runner's config files are read, and its tests re-run, where the step's own command left it.
 */
function movedInScript(parts: readonly Part[], path: PartPath): string | undefined {
  let level = parts;
  let script: string | undefined;
  for (const i of path) {
    if (script && level.slice(0, i).some(changesDir)) return script;
    script = level[i]!.script?.name;
    level = level[i]!.script?.parts ?? [];
  }
  return undefined;
}

/** `cd`, `pushd`, `popd`, bash's `builtin cd` and `command cd` too. */
const changesDir = (p: Part): boolean =>
  /^(?:cd|pushd|popd)$/.test(p.words.find((w) => !/^(?:builtin|command)$/.test(w.text))?.text ?? '');

/** Does a `cd` or `pushd` run before the part at `path`, at its level or around it in a package script? */
function changesDirectory(parts: readonly Part[], path: PartPath): boolean {
  let level = parts;
  for (const i of path) {
    if (level.slice(0, i).some((p) => /^(?:cd|pushd)$/.test(p.words[0]!.text))) return true;
    level = level[i]!.script?.parts ?? [];
  }
  return false;
}
