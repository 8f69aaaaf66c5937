/**
 * A run/ attempt's own output is one failed step, whole: it ends where its command failed. A shape that says nothing
 * unless a failed step ends on it (a rule's `block`) is heard there as at a job log step's exit line. Before, run/'s
 * output had no failed step, so git's refusals, a unified diff after a generator, CMake's and Meson's configure
 * errors and sanitizer reports (30 of the real-tool batteries' 397 failing cases) were typed unknown or build under
 * run/ while the same output in a job log was typed right.
 */
import { describe, expect, test } from '@jest/globals';
import { classify, type FailureSignals } from '../../src/core/classify/index.js';
import { DEFAULT_CONFIG } from '../../src/core/config-defaults.js';
import { classifyAttempt } from '../../src/phases/run-classify.js';
import type { RunPorts } from '../../src/ports/run-step.js';
import { failedRunLog, failedScriptLog } from '../classify-logs.js';

/** What phases/run-classify.ts classifyAttempt hands the classifier for a failed attempt. */
const runAttempt = (command: string, output: string[], exitCode: number): FailureSignals => ({
  stage: 'publish',
  step: 'publish',
  command,
  conclusion: 'failure',
  exitCode,
  log: output.join('\n'),
  wholeStep: true,
});

// git 2.39.5 (Debian), `git push` on a detached HEAD (builtin/push.c), run here.
const DETACHED_PUSH = [
  'fatal: You are not currently on a branch.',
  'To push the history leading to the current (detached HEAD)',
  'state now, use',
  '',
  '    git push origin HEAD:<name-of-remote-branch>',
  '',
];

// `git diff --exit-code` after a generator changed a file (git/git Documentation/diff-generate-patch.adoc).
const GENERATED_DIFF = [
  'wrote src/gen/api.ts',
  'diff --git a/src/gen/api.ts b/src/gen/api.ts',
  'index 3b18e51..a1f2c9d 100644',
  '--- a/src/gen/api.ts',
  '+++ b/src/gen/api.ts',
  '@@ -1,3 +1,3 @@',
  '-export const VERSION = 1;',
  '+export const VERSION = 2;',
];

// cmake 3.25.1 (Debian) run here, `cmake --build build` where no step configured build/ (Source/cmake.cxx cmake::Build).
const NEVER_CONFIGURED = ['Error: could not load cache'];

// eslint 10.15.0 run here, `eslint --frobnicate .` (exit 2).
const ESLINT_USAGE = ["Invalid option '--frobnicate' - perhaps you meant '--format'?"];

describe("run/'s own output is the failed step, whole", () => {
  const cases: [string, string, string[], number, string, string, number][] = [
    ['git push on a detached HEAD', 'git push', DETACHED_PUSH, 128, 'git', 'git-refusal', 0],
    [
      'a generator then git diff --exit-code',
      'npm run gen && git diff --exit-code',
      GENERATED_DIFF,
      1,
      'quality-gate',
      'unified-diff',
      1,
    ],
    // The rule holds only after `cmake --build` (RuleSpec after): the command stands where a job log's header would.
    [
      'cmake --build of a build dir never configured',
      'cmake --build build',
      NEVER_CONFIGURED,
      1,
      'config',
      'cmake-build-dir-missing',
      0,
    ],
    // eslint's 2 is its configuration or usage error (lexicon exitStatus), read from run/'s own status.
    [
      'eslint, an unknown option',
      'npx eslint --frobnicate .',
      ESLINT_USAGE,
      2,
      'config',
      'command:tool:eslint@exit:2',
      0,
    ],
  ];
  test.each(cases)('%s: typed as the job log types it', (_name, command, output, exit, type, rule, line) => {
    const own = classify(runAttempt(command, output, exit));
    const job = classify({ log: failedRunLog(command, output, exit) });
    expect({ type: own.type, rule: own.rule, retryable: own.retryable }).toEqual({
      type,
      rule,
      retryable: false,
    });
    expect(own.evidence?.text).toBe(output[line]);
    expect({ type: job.type, rule: job.rule }).toEqual({ type, rule });
  });

  test('a script is typed by its first command past its set-up lines, as a job log header is read', () => {
    // A corpus log's shape (gha-committed d1222, found by bench/run-alike.ts): the venv sourced, then the tests.
    const script = ['source .venv/bin/activate', 'python tests/_nopytest_tests.py'];
    const output = [
      'Traceback (most recent call last):',
      '  File "/home/runner/work/app/app/tests/_nopytest_tests.py", line 3, in <module>',
      '    from statsforecast import StatsForecast',
      "ModuleNotFoundError: No module named 'statsforecast'",
    ];
    const own = classify(runAttempt(script.join('\n'), output, 1));
    const job = classify({ log: failedScriptLog(script, output, 1) });
    expect({ type: own.type, rule: own.rule }).toEqual({ type: job.type, rule: job.rule });
    expect(own.type).not.toBe('unknown');
  });

  test('output that is not said to be one step, whole (a CLI log of unknown shape), keeps the block shapes unheard', () => {
    const { wholeStep: _whole, ...notWhole } = runAttempt('git push', DETACHED_PUSH, 128);
    expect(classify(notWhole).rule).not.toBe('git-refusal');
  });

  test('a block shape above the end of the output is still not the failure', () => {
    const later = [
      ...GENERATED_DIFF,
      ...Array.from({ length: 80 }, (_, i) => `step ${i} ok`),
      'Error: deploy failed',
    ];
    expect(classify(runAttempt('./gen.sh && ./deploy.sh', later, 1)).rule).not.toBe('unified-diff');
  });

  test('run/ hands the classifier its attempt as the failed step, whole', async () => {
    const seen: FailureSignals[] = [];
    const ports = {
      runner: { log: { info: () => undefined, warning: () => undefined } },
      classify: (signals: FailureSignals) => {
        seen.push(signals);
        return classify(signals);
      },
    } as unknown as Pick<RunPorts, 'runner' | 'classify'>;
    const run = {
      output: DETACHED_PUSH.join('\n'),
      exitCode: 128,
      timedOut: false,
      aborted: false,
      durationMs: 40,
    };
    const attempt = { run, stage: 'publish', command: 'git push', limitMs: 60_000, limitFrom: 'the default' };
    const v = await classifyAttempt(attempt, DEFAULT_CONFIG, ports);
    expect({ type: v.type, rule: v.rule, wholeStep: seen[0]?.wholeStep }).toEqual({
      type: 'git',
      rule: 'git-refusal',
      wholeStep: true,
    });
  });
});
