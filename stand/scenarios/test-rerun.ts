/**
 * Test recovery stories: a `run/` step runs a real test runner (pytest, go test, jest) in a workspace
 * of its own, and re-runs only the failed tests inside the step. The changed-file story runs main first,
 * on a git repository whose last commit added a test, so run/ reads the change main left for it.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runJob } from '../runner/job.js';
import { repoRoot } from '../services/paths.js';
import { summarize, type RunScenarioResult } from './network-retry.js';
import { pullRequestEvent, type PullRequestEvent } from './workspace.js';

export const JEST = path.join(repoRoot, 'node_modules/.bin/jest');

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'story-tests-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

/**
 * Runs one `run/` step with `inputs` in a workspace of `files` (after main, with `base` files committed
 * first: a push of the change, or with `pullRequest` a pull request from branch `feature` into `main`).
 */
export async function testStep(
  files: Record<string, string>,
  inputs: Record<string, string | number>,
  opts: {
    env?: Record<string, string>;
    /** The step's own `env:` (the job's is `env`). */
    stepEnv?: Record<string, string>;
    base?: Record<string, string>;
    pullRequest?: boolean;
    /** Set-up of the workspace beyond its files (a link to node_modules). */
    prepare?: (dir: string) => void;
    /** A look at the workspace after the step, before it is removed (the reports it left). */
    inspect?: (dir: string) => void;
  } = {},
): Promise<RunScenarioResult> {
  const workspace = await workspaceWith(opts.base ?? files);
  opts.prepare?.(workspace);
  // The job's RUNNER_TEMP is the step's own, removed after it (the runner empties it after each job).
  const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'runner-temp-'));
  try {
    let event: { name: string; payload: Record<string, unknown> } | undefined;
    if (opts.base) {
      // A push whose `before` is the base commit: main reads the change with git.
      const git = (...args: string[]): string =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
          cwd: workspace,
          encoding: 'utf8',
        }).trim();
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-qm', 'base');
      const before = git('rev-parse', 'HEAD');
      if (opts.pullRequest) git('checkout', '-qb', 'feature');
      for (const [file, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(workspace, file)), { recursive: true });
        await writeFile(path.join(workspace, file), text);
      }
      git('add', '-A');
      git('commit', '-qm', 'the change');
      const after = git('rev-parse', 'HEAD');
      event = opts.pullRequest ? prFrom(before, after) : { name: 'push', payload: { before, after } };
    } else if (opts.pullRequest) event = prFrom('1'.repeat(40), '2'.repeat(40));
    const job = await runJob({
      workspace,
      runnerTemp,
      env: { CI_RECOVERY_LANE: 'STANDARD', ...opts.env },
      ...(event ? { event } : {}),
      ...(opts.pullRequest ? { ref: `refs/pull/${PR_NUMBER}/merge` } : {}),
      steps: [
        ...(opts.base ? [{ id: 'recovery', uses: '.', with: {} }] : []),
        {
          id: 'tests',
          uses: 'run',
          with: { stage: 'tests', 'backoff-seconds': 0, ...inputs },
          ...(opts.stepEnv ? { env: opts.stepEnv } : {}),
        },
      ],
    });
    opts.inspect?.(workspace);
    return await summarize(job, 'tests');
  } finally {
    await rm(workspace, { recursive: true, force: true });
    await rm(runnerTemp, { recursive: true, force: true });
  }
}

const PR_NUMBER = 7;

/** A pull request from `feature` (at `head`) into `main` (at `base`): main reads its change with git. */
function prFrom(base: string, head: string): PullRequestEvent {
  return pullRequestEvent({ repo: 'o/r', number: PR_NUMBER, base, head: { ref: 'feature', sha: head } });
}

/** pytest: `test_flaky` fails on its first run only (a marker file), `test_ok` passes. */
export const FLAKY_PYTEST = {
  'tests/test_a.py': `import os
def test_ok():
    pass
def test_flaky():
    marker = os.path.join(os.path.dirname(__file__), ".ran-once")
    first = not os.path.exists(marker)
    open(marker, "w").close()
    assert not first, "fails on its first run"
`,
};

/** go: TestBroken fails every time; TestOk passes. */
export const BROKEN_GO = {
  'go.mod': 'module example.com/demo\n\ngo 1.19\n',
  'demo_test.go': `package demo
import "testing"
func TestOk(t *testing.T) {}
func TestBroken(t *testing.T) { t.Fatal("broken for good") }
func TestBrokenToo(t *testing.T) {}
`,
};

/** A crate's unit test module whose `tests::flaky` fails on its first run only (a marker file in the crate). */
export const FLAKY_CARGO_TESTS = `#[cfg(test)]
mod tests {
    #[test]
    fn flaky() {
        let marker = concat!(env!("CARGO_MANIFEST_DIR"), "/.ran-once");
        let first = !std::path::Path::new(marker).exists();
        std::fs::write(marker, "").unwrap();
        assert!(!first, "fails on its first run");
    }
}
`;

/** cargo offline (the crates the tests build have no dependencies) and without colour codes. */
export const CARGO_ENV = { CARGO_NET_OFFLINE: 'true', CARGO_TERM_COLOR: 'never' };

export const goEnv = (): Record<string, string> => ({
  GOCACHE: path.join(os.tmpdir(), 'ci-recovery-gocache'),
  GOFLAGS: '-mod=mod',
  GOPROXY: 'off',
  HOME: os.tmpdir(),
});

/** jest: `n` failing tests in `file`, and one that passes. */
export function jestFailing(file: string, n: number): Record<string, string> {
  const tests = Array.from(
    { length: n },
    (_, i) => `test('fails ${i + 1}', () => { expect(${i}).toBe(-1); });`,
  );
  return { [file]: `test('passes', () => {});\n${tests.join('\n')}\n` };
}

export const JEST_PACKAGE = { 'package.json': '{"name":"story","jest":{"testEnvironment":"node"}}' };

/** The root runs jest over every package; api's own script runs its unit tests, then (&&) its e2e tests. */
export const MONOREPO = {
  'package.json': JSON.stringify({
    name: 'mono',
    private: true,
    workspaces: ['packages/*'],
    scripts: { test: 'jest' },
    jest: { testEnvironment: 'node' },
  }),
  'packages/api/package.json': JSON.stringify({
    name: 'api',
    scripts: { test: 'jest unit && jest e2e' },
    jest: { testEnvironment: 'node' },
  }),
  'packages/api/unit/flaky.test.js': `const fs = require('fs');
const path = require('path');
test('flaky', () => {
  const marker = path.join(__dirname, '.ran-once');
  const first = !fs.existsSync(marker);
  fs.writeFileSync(marker, '');
  expect(first).toBe(false);
});
`,
  'packages/api/e2e/broken.test.js': "test('broken', () => { expect('e2e').toBe('broken for good'); });\n",
};
