/**
 * Issue 68: what the job's environment refuses, with the real tools on this machine, run as a workflow runs them
 * (`real-env-cases.ts`, through `bash -e {0}` as the runner does: `real-steps.ts`) and classified as one GitHub
 * Actions step: credentials the job cannot use (gpg, ssh-keygen/ssh-add, keytool/jarsigner, openssl, npm, git, a
 * variable the job does not set), a tool refusing its environment or invocation (cmake's minimum, pip's
 * requires-python, click, tsc), a companion tool not installed (cc under cargo, CMake's CC, node-gyp's Python, a
 * 127), memory and file limits (137, node's heap, java's -Xmx, MemoryError, ulimit -f, ENOSPC), time limits
 * (timeout's 124, go test -timeout) and the look-alikes that stay what they are (a per-test timeout, a test on an
 * environment variable's value, a program's `Permission denied` in a failing test). Each case asserts
 * TAXONOMY.md's type, whether the default policy retries it on a pull request (only transient types), and that
 * the line the verdict shows states the cause (issue 68 item 4: never the command's echo or a summary). A few
 * go through the built CLI (`dist/cli.js classify --json`) as users run it. The rules this battery found
 * missing, each written from the tool's own source: cmake-compiler-not-found, file-size-limit, and
 * ci-credentials-missing's evidence line. Offline; temporary directories only, HOME and GNUPGHOME in them.
 * Under CI_RECOVERY_REQUIRE_RUNNERS=1 a missing tool fails the file; elsewhere its cases skip, saying which.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classify } from '../../src/core/classify/index.js';
import type { FailureType } from '../../src/core/types.js';
import { repoRoot } from '../../stand/services/paths.js';
import { retriedOnPr } from '../classify-logs.js';
import { copyDistCli } from './dist-cli.js';
import type { EnvCase } from './real-env-cases.js';
import { ENV_CASES } from './real-env-cases.js';
import { missingFor, NOT_INSTALLABLE, runEnvCase } from './real-env-run.js';
import type { StepRun } from './real-steps.js';
import { removeProjects, runStep, tempProject } from './real-steps.js';
import { expectRunAlike } from './real-verdicts.js';

// The transient types, and resource, which the default policy retries once (policy.ts resource-retry-once): a
// runner with more memory or disk may pass; not a limit the job sets itself (a case's notRetried). Every other
// type is never retried.
const RETRIED: readonly FailureType[] = ['network', 'infrastructure', 'timeout', 'resource'];

const missing = new Map(ENV_CASES.map((c) => [c.name, missingFor(c)]));
const absent = [...new Set([...missing.values()].flat())];
const installable = absent.filter((n) => !NOT_INSTALLABLE.has(n));
if (process.env.CI_RECOVERY_REQUIRE_RUNNERS === '1' && installable.length > 0)
  throw new Error(
    `CI_RECOVERY_REQUIRE_RUNNERS=1 but ${installable.join(', ')} is not installed (.ci/run installs it from Debian)`,
  );
const runnable = ENV_CASES.filter((c) => missing.get(c.name)?.length === 0);
const skipped = ENV_CASES.filter((c) => (missing.get(c.name)?.length ?? 0) > 0);

const runs = new Map<string, StepRun>();
beforeAll(async () => {
  // Three at a time: the machine is shared; the slowest cases are go test's 2 s limit and java's start.
  const queue = [...runnable];
  const worker = async (): Promise<void> => {
    for (let c = queue.shift(); c; c = queue.shift()) runs.set(c.name, await runEnvCase(c));
  };
  await Promise.all([worker(), worker(), worker()]);
}, 360_000);
afterAll(removeProjects);

const ran = (c: EnvCase): StepRun => {
  const r = runs.get(c.name);
  if (!r) throw new Error(`${c.name} did not run`);
  return r;
};

describe("what the job's environment refuses, classified as a GitHub Actions step", () => {
  test.each(runnable.map((c) => [c.name, c.type, c] as const))('%s: %s', (_name, type, c) => {
    const r = ran(c);
    expect(r.exit).not.toBe(0);
    // The tool ran: a 127 is the shell's word that it is not there, which only the (127) cases mean.
    if (!c.name.endsWith('(127)')) expect(r.exit).not.toBe(127);
    const v = classify({ log: r.log });
    expectRunAlike(c.name, c.run, r, v);
    expect({ case: c.name, type: v.type }).toEqual({ case: c.name, type });
    expect({ case: c.name, retried: retriedOnPr(v) }).toEqual({
      case: c.name,
      retried: RETRIED.includes(type) && !c.notRetried,
    });
    // The line shown states the cause: not the step's echo (`##[group]Run …`, the script), not the runner's
    // exit line.
    const shown = v.evidence?.text ?? '';
    expect({ case: c.name, shown, states: c.cause.test(shown) }).toEqual({
      case: c.name,
      shown,
      states: true,
    });
    expect(shown).not.toMatch(/^##\[(?:group\]|error\]Process completed with exit code)|^shell: /);
    expect(c.run.split('\n')).not.toContain(shown);
  });
});

if (skipped.length > 0)
  describe.skip(`cases whose tool is not installed (${absent.join(', ')}; CI_RECOVERY_REQUIRE_RUNNERS=1 makes this an error, but for maven-offline: Maven's plugins in ~/.m2)`, () => {
    test.each(skipped.map((c) => [c.name]))('%s', () => undefined);
  });

describe("a step's npm reads the project's config, never the user's ~/.npmrc", () => {
  // `npx jest` / `npm test` export npm_config_userconfig=$HOME/.npmrc of the user running them; a step's npm
  // must not read it (a token there would turn the no-token cases into others).
  test('npm config get userconfig / globalconfig inside a step name files in the temp project', async () => {
    const dir = tempProject();
    const r = await runStep('npm config get userconfig\nnpm config get globalconfig', dir);
    expect(r.exit).toBe(0);
    expect(r.lines.slice(-2)).toEqual([path.join(dir, '.npmrc'), path.join(dir, 'npmrc')]);
  });
});

describe('the battery leaves no daemon behind', () => {
  // A process that is gone, or a zombie no one has reaped yet (it holds nothing).
  const alive = (pid: number): boolean => {
    try {
      return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };
  const agents = runnable.filter((c) => c.run.includes('ssh-agent'));
  test.each(agents.map((c) => [c.name, c] as const))("%s: the step's ssh-agent is ended with it", (_n, c) => {
    // `eval "$(ssh-agent -s)"` prints the daemon's pid ("Agent pid N"); a step that starts one ends it.
    const pid = Number(/^Agent pid (\d+)$/m.exec(ran(c).lines.join('\n'))?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect({ case: c.name, pid, alive: alive(pid) }).toEqual({ case: c.name, pid, alive: false });
  });
});

describe('the statuses are the ones the cases are about', () => {
  const status = (name: string): number | undefined => {
    const c = runnable.find((x) => x.name === name);
    return c ? ran(c).exit : undefined;
  };
  test('137 for SIGKILL, 153 for SIGXFSZ, 124 from timeout, 127 for a tool not installed', () => {
    expect(status('a process killed (137), no out-of-memory line')).toBe(137);
    expect(status('a file size limit (ulimit -f)')).toBe(153);
    expect(status('timeout 2 around a test run (124)')).toBe(124);
    expect(status('bash, poetry not installed (127)')).toBe(127);
  });
});

describe('through the built CLI, as users run it (dist/cli.js classify --json)', () => {
  const viaCli = runnable.filter((c) => c.cli);
  let dir = '';
  let cli = '';
  beforeAll(() => {
    if (!existsSync(path.join(repoRoot, 'dist/cli.js')))
      throw new Error("dist/cli.js is missing: run 'flock /tmp/build.lock npm run build' first");
    dir = mkdtempSync(path.join(os.tmpdir(), 'ci-recovery-real-env-cli-'));
    cli = copyDistCli(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(viaCli.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const file = path.join(dir, `${viaCli.indexOf(c)}.log`);
    writeFileSync(file, ran(c).log);
    const verdict = JSON.parse(
      execFileSync(process.execPath, [cli, 'classify', '--json', file], { encoding: 'utf8' }),
    ) as { type: string; retryable?: boolean; evidence?: { text: string } };
    expect(verdict.type).toBe(c.type);
    expect(verdict.evidence?.text ?? '').toMatch(c.cause);
  });
});
