/**
 * Issue 68, config: real tools refusing their invocation, environment or paths, run on this machine as a
 * misconfigured workflow runs them (`real-config-cases.ts`, through `bash -e {0}` as the runner does:
 * `real-steps.ts`), and what they actually print classified as one GitHub Actions step: each typed as a person
 * would label it and no deterministic failure retried; the look-alikes (a compile error, a failing test, a lint
 * finding, a package not installed) stay what they are. A few go through the built CLI (`dist/cli.js classify
 * --json`) as users run it. The rules this battery found missing, each written from the tool's own source:
 * go-flag-undefined, go-toolchain-too-old, jest-cli-option-unrecognized, cac-usage-error, pnpm-unknown-option,
 * git-command-unknown, mocha-plugin-unloadable. Tool output differs by version: the type is asserted, never the
 * bytes. Offline, temporary directories only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import type { FailureType } from '../../src/core/types.js';
import { repoRoot } from '../../stand/services/paths.js';
import { retriedOnPr } from '../classify-logs.js';
import { runners } from '../runners.js';
import { copyDistCli } from './dist-cli.js';
import type { RealCase } from './real-config-cases.js';
import { REAL_CASES } from './real-config-cases.js';
import type { StepRun } from './real-steps.js';
import { removeProjects, runCase } from './real-steps.js';
import { expectRunAlike } from './real-verdicts.js';

const DETERMINISTIC: readonly FailureType[] = ['test', 'build', 'quality-gate', 'dependency', 'config'];

// Maven here needs only itself (no plugin is resolved before these refusals), not the Surefire runners.ts asks for.
const have: Record<NonNullable<RealCase['needs']>, boolean> = {
  pytest: runners.pytest,
  go: runners.go,
  cargo: runners.cargo,
  mvn: spawnSync('mvn', ['-v'], { encoding: 'utf8', timeout: 30_000 }).status === 0,
};
const missing = [...new Set(REAL_CASES.flatMap((c) => (c.needs && !have[c.needs] ? [c.needs] : [])))];
if (process.env.CI_RECOVERY_REQUIRE_RUNNERS === '1' && missing.length > 0)
  throw new Error(
    `CI_RECOVERY_REQUIRE_RUNNERS=1 but ${missing.join(', ')} is not installed (.ci/run installs it from Debian)`,
  );
const runnable = REAL_CASES.filter((c) => !c.needs || have[c.needs]);
const skipped = REAL_CASES.filter((c) => c.needs && !have[c.needs]);

const runs = new Map<string, StepRun>();
beforeAll(async () => {
  // Three at a time: the machine is shared, and each case is a short process of its own.
  const queue = [...runnable];
  const worker = async (): Promise<void> => {
    for (let c = queue.shift(); c; c = queue.shift()) runs.set(c.name, await runCase(c));
  };
  await Promise.all([worker(), worker(), worker()]);
  // The file took 55 s at load 5-8 and 69 s at load 9-12 here (58 cases), 107.6 s at load 10 in review: the limit
  // leaves a loaded machine room (each case's own limit is runStep's kill, 150 s).
}, 300_000);
afterAll(removeProjects);

function byName(name: string): RealCase {
  const c = REAL_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  return c;
}

const ran = (c: RealCase): StepRun => {
  const r = runs.get(c.name);
  if (!r) throw new Error(`${c.name} did not run`);
  return r;
};

describe('real tools as a misconfigured workflow runs them, classified as a GitHub Actions step', () => {
  test.each(runnable.map((c) => [c.name, c.type, c] as const))('%s: %s', (_name, type, c) => {
    const r = ran(c);
    // The step failed, as the workflow's misconfiguration makes it fail (a tool that accepted it would exit 0).
    expect(r.exit).not.toBe(0);
    // The tool ran: a 127 here would be the shell's word that it is not installed, config whatever the case.
    if (!c.name.endsWith('(127)')) expect(r.exit).not.toBe(127);
    const v = classify({ log: r.log });
    expectRunAlike(c.name, c.run, r, v);
    expect({ case: c.name, type: v.type }).toEqual({ case: c.name, type });
    if (DETERMINISTIC.includes(type)) expect(retriedOnPr(v)).toBe(false);
  });
});

if (skipped.length > 0)
  describe.skip(`cases whose tool is not installed (${missing.join(', ')}; CI_RECOVERY_REQUIRE_RUNNERS=1 makes this an error)`, () => {
    test.each(skipped.map((c) => [c.name]))('%s', () => undefined);
  });

describe('the shell speaks for the script: its status is its own', () => {
  const status = (name: string): number => ran(byName(name)).exit;
  test('127 for a command not found, 126 for a script not executable, 2 for a syntax error, 124 from timeout', () => {
    expect(status('bash, yarn not installed (127)')).toBe(127);
    expect(status('bash, a script not executable (126)')).toBe(126);
    expect(status('bash, a syntax error')).toBe(2);
    expect(status('timeout, exit 124')).toBe(124);
  });
});

describe('through the built CLI, as users run it (dist/cli.js classify --json)', () => {
  const names = [
    'jest, an unknown option',
    'pnpm, an unknown option',
    'git, an unknown command',
    'bash, gradle not installed (127)',
    'jest, a failing test',
  ];
  let dir = '';
  let cli = '';
  beforeAll(() => {
    if (!existsSync(path.join(repoRoot, 'dist/cli.js')))
      throw new Error("dist/cli.js is missing: run 'flock /tmp/build.lock npm run build' first");
    dir = mkdtempSync(path.join(os.tmpdir(), 'ci-recovery-real-config-cli-'));
    cli = copyDistCli(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(names)('%s', (name) => {
    const c = byName(name);
    const file = path.join(dir, `${names.indexOf(name)}.log`);
    writeFileSync(file, ran(c).log);
    const verdict = JSON.parse(
      execFileSync(process.execPath, [cli, 'classify', '--json', file], { encoding: 'utf8' }),
    ) as { type: string; retryable?: boolean };
    expect(verdict.type).toBe(c.type);
    expect(verdict.retryable ?? false).toBe(false);
  });
});
