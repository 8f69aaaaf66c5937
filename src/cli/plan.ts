import { loadConfig } from '../adapters/config-file.js';
import { classifyLog } from '../adapters/log-file.js';
import { inertJson, inertText } from '../runner/adapters/runner.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, UsageError, UserError } from '../core/errors.js';
import { TEST_HISTORY_VIEW_FILE, testHistoryView } from '../core/test-history.js';
import { parseTestHistory } from '../core/test-history-read.js';
import type { TestKnowledge } from '../core/test-identity.js';
import { decide, type Decision, type PolicyInput } from '../core/policy.js';
import {
  BRANCH_KINDS,
  FAILURE_TYPES,
  LANES,
  type BranchKind,
  type Classification,
  type FailureType,
  type Lane,
} from '../core/types.js';
import { testKey, type TestId } from '../core/test-identity.js';
import { failedInReports, testRunnerFlag } from './tests.js';
import { wantsHelp, type CliCommand } from './verb.js';
import { int, parseArgs, str, type FlagKind, type Flags } from './flags.js';
import { inert } from '../core/text.js';

const HELP = `usage: ci-recovery plan (<log> | --type T) --lane L --branch-kind K --attempt N [options]

Shows what ci-recovery would do with a failure: the strategy, the budget, and which rule of the policy
decided and why. With a log file (plain or .gz) the failure is classified first, and the failed tests its
runner's output names are shown (with --test-history, what the history knows of each).

  --type T              failure type instead of a log: ${FAILURE_TYPES.join(', ')}
  --lane L              ${LANES.join(', ')} (default STANDARD)
  --branch-kind K       ${BRANCH_KINDS.join(', ')} (default pr)
  --attempt N           the attempt that failed, 1 for the first run (default 1)
  --flaky               history says this failure passed on a re-run of the same commit
  --confirmed           the failure came back on a confirming re-run
  --parent-green        the previous commit of the branch was green
  --failed-test KEY...  the failed tests (runner:file::name[params], as the summary names them)
  --test-report FILE... JUnit XML reports whose failed tests are added to those
  --test-runner R       the runner that wrote the reports, for their tests' keys (default junit)
  --test-history FILE   a flaky-test history (test-history.json): what it knows of each failed test, and
                        whether they are all known flaky (then the job is retried once, on a PR too)
  --config FILE         config file (default .github/ci-recovery.yml in the current directory, if any)
  --json                machine-readable result on stdout

examples:
  ci-recovery plan build.log --lane STANDARD --branch-kind pr --attempt 1
  ci-recovery plan --type network --attempt 2 --json
  ci-recovery plan --type test --failed-test 'pytest:tests/test_api.py::test_login' --test-history test-history.json
  ci-recovery plan test.log --test-report junit.xml --test-runner pytest --test-history test-history.json`;

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${flag} '${value}' is not valid; write one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

const FLAGS: Record<string, FlagKind> = {
  type: 'string',
  lane: 'string',
  'branch-kind': 'string',
  attempt: 'string',
  flaky: 'bool',
  confirmed: 'bool',
  'parent-green': 'bool',
  'failed-test': 'list',
  'test-history': 'string',
  'test-report': 'list',
  'test-runner': 'string',
  config: 'string',
  json: 'bool',
};

export default {
  async run(argv) {
    if (wantsHelp(argv)) {
      process.stdout.write(HELP + '\n');
      return 0;
    }
    const { flags, positionals } = parseArgs('plan', argv, FLAGS, { positionals: true });
    const typeText = str(flags, 'type');
    const [log, ...extra] = positionals;
    if (extra.length > 0 || (log === undefined) === (typeText === undefined)) {
      throw new UsageError(
        "give either a log file or --type, not both or neither; see 'ci-recovery plan --help'",
      );
    }
    const where = failedWhere(flags);
    const { config, file } = await loadConfig(process.cwd(), str(flags, 'config'));
    // The config's team rules rank first, as in the action.
    const verdict =
      log !== undefined
        ? await classifyLog(log, {}, { teamRules: config.classify.rules, tests: true })
        : undefined;
    const classification = verdict?.classification;
    const type = classification?.type ?? oneOf<FailureType>('type', typeText ?? '', FAILURE_TYPES);
    const reports = (flags['test-report'] as string[] | undefined) ?? [];
    const runner = testRunnerFlag(str(flags, 'test-runner'));
    const found = [...(verdict?.failedTests ?? []), ...(await failedInReports(reports, runner))];
    const tests = await failedTests(flags, found);
    const input: PolicyInput = {
      type,
      ...(classification
        ? { confidence: classification.confidence, retryable: classification.retryable }
        : {}),
      ...where,
      ...(tests.flakyTests ? { flaky: true, flakyTests: tests.flakyTests } : {}),
    };
    const decision = decide(input, config);
    const recovered = verdict?.recovered;
    if (flags.json === true) {
      const result = {
        ...(classification ? { classification } : {}),
        ...(recovered ? { recovered } : {}),
        ...(tests.known.length > 0 ? { tests: tests.known } : {}),
        input,
        config: file ?? null,
        decision,
      };
      process.stdout.write(inertJson(result, 2) + '\n');
      return 0;
    }
    const explained = explain(input, classification, file, decision);
    const lines = [...(recovered ? passedLines(explained, recovered) : explained), ...testLines(tests)];
    // One fact a line: flags, file names and test names inside a line never break it.
    process.stdout.write(inertText(lines.map(inert).join('\n')) + '\n');
    return 0;
  },
} satisfies CliCommand;

/** Where the failure happened, from the flags: lane, branch kind, attempt, and what history says. */
function failedWhere(flags: Flags): Omit<PolicyInput, 'type' | 'confidence' | 'retryable'> {
  const attempt = int(flags, 'attempt', { min: 1, max: Number.MAX_SAFE_INTEGER }) ?? 1;
  const lane = oneOf<Lane>('lane', (str(flags, 'lane') ?? 'STANDARD').toUpperCase(), LANES);
  const branchKind = oneOf<BranchKind>('branch-kind', str(flags, 'branch-kind') ?? 'pr', BRANCH_KINDS);
  return {
    lane,
    branchKind,
    attempt,
    ...(flags.flaky === true ? { flaky: true } : {}),
    ...(typeof flags.confirmed === 'boolean' ? { confirmedOnRerun: flags.confirmed } : {}),
    ...(typeof flags['parent-green'] === 'boolean' ? { parentGreen: flags['parent-green'] } : {}),
  };
}

interface FailedTests {
  known: { key: string; knowledge: TestKnowledge | null }[];
  /** A history file was given: a test missing from it is said so. */
  history: boolean;
  flakyTests?: string[];
}

/**
 * The failed tests the flags name and those `found` in the log and the reports, each once, with what the
 * history file knows of each.
 */
async function failedTests(flags: Flags, found: readonly TestId[]): Promise<FailedTests> {
  const named = (flags['failed-test'] as string[] | undefined) ?? [];
  const keys = [...new Set([...named, ...found.map(testKey)])];
  const file = str(flags, 'test-history');
  if (file === undefined) return { known: keys.map((key) => ({ key, knowledge: null })), history: false };
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    if (jobHistoryNotYetLeft(file, error)) return undefined;
    throw new UserError(`--test-history: cannot read ${file}: ${errorMessage(error)}`);
  });
  if (text === undefined) {
    process.stderr.write(
      inertText(
        inert(
          `ci-recovery plan: ${file}: no flaky-test history in this job yet (a ci-recovery/run step leaves it once its test fails): the failed tests are shown without it.`,
        ),
      ) + '\n',
    );
    return { known: keys.map((key) => ({ key, knowledge: null })), history: false };
  }
  const { history, problem } = parseTestHistory(text, '');
  if (problem) process.stderr.write(inertText(inert(`ci-recovery plan: ${file}: ${problem}`)) + '\n');
  const view = testHistoryView(history);
  const known = keys.map((key) => ({ key, knowledge: view(key) ?? null }));
  // As post decides (core/test-history.ts onlyKnownFlaky): every failed test flaky, none broken, none keyed by
  // its title alone (a title key's flakes may be another job's test's: test-identity.ts `titleKeyed`).
  const allFlaky =
    known.length > 0 &&
    known.every(({ key, knowledge: k }) => k?.flaky === true && !k.broken && !/^[^:]*:::/.test(key));
  return { known, history: true, ...(allFlaky ? { flakyTests: keys } : {}) };
}

/**
 * The job's own history file (`$RUNNER_TEMP/ci-recovery/test-history.json`), absent: main no longer leaves
 * it, a `run/` step does once its test fails. A plain step's `plan --test-history` on it (as this CLI's
 * docs long said) goes on without it instead of failing the step.
 */
function jobHistoryNotYetLeft(file: string, error: unknown): boolean {
  const temp = process.env.RUNNER_TEMP;
  return (
    (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' &&
    temp !== undefined &&
    temp !== '' &&
    path.resolve(file) === path.resolve(temp, ...TEST_HISTORY_VIEW_FILE.split('/'))
  );
}

function testLines({ known, history }: FailedTests): string[] {
  return known.map(({ key, knowledge: k }) => {
    if (!k)
      return `test:     ${key}: ${history ? 'not in the history' : 'failed (give --test-history to see whether it is known flaky)'}`;
    const state = k.broken ? 'broken' : k.flaky ? 'flaky' : 'not flaky';
    const seen = k.firstSeen && k.lastSeen ? `, first seen ${k.firstSeen}, last seen ${k.lastSeen}` : '';
    return `test:     ${key}: ${state}, ${k.flips} flip(s) in its window${seen}`;
  });
}

/**
 * A log run/ turned green: the failure and what the policy would say of it alone stay, but what comes next
 * is nothing (the step passed).
 */
function passedLines(lines: string[], recovered: { line: number; text: string }): string[] {
  return [
    ...lines.filter((l) => !/^(strategy|rule|reason):/.test(l)),
    `passed:   line ${recovered.line}: ${recovered.text}`,
    'strategy: none: ci-recovery turned this step green (the failure above passed on its re-run); nothing to fix',
    `policy:   for this failure alone, ${lines.find((l) => l.startsWith('strategy:'))?.slice(10) ?? '?'} (${lines.find((l) => l.startsWith('rule:'))?.slice(10) ?? '?'})`,
  ];
}

/** The decision in words, one line per fact. */
function explain(
  input: PolicyInput,
  classification: Classification | undefined,
  file: string | undefined,
  decision: Decision,
): string[] {
  const lines: string[] = [];
  if (classification) {
    lines.push(
      `failure:  ${classification.type} (rule ${classification.rule}, ${classification.confidence} confidence)`,
    );
    if (classification.evidence)
      lines.push(`evidence: line ${classification.evidence.line}: ${classification.evidence.text}`);
  } else {
    lines.push(`failure:  ${input.type}`);
  }
  lines.push(
    `context:  lane ${input.lane}, branch kind ${input.branchKind}, attempt ${input.attempt}${file ? `, config ${file}` : ', default config'}`,
    `strategy: ${decision.strategy}`,
    `rule:     ${decision.rule}`,
    `reason:   ${decision.reason}`,
    `budget:   ${decision.maxAttempts} attempt(s), backoff ${decision.backoffSeconds} s, time limit ${decision.timeoutMinutes} min per attempt; the whole step retried inside it: ${decision.retryInStep ? 'yes' : 'no'}`,
  );
  // run/ re-runs failed tests alone before any strategy (test-recovery/core/plan.ts): the strategy is for those still failing.
  if (input.type === 'test')
    lines.push(
      'tests:    a run/ step first re-runs each failed test alone inside the step (tests.retries; none past tests.max-failures or in a file the change edited); the strategy is for the tests that still fail',
    );
  return lines;
}
