/**
 * Test runners the tests run for real (jest from node_modules, pytest, go), in temporary projects, to prove
 * core/tests on what the runners really print and write. pytest and go may be absent on a laptop: then the
 * tests that need them skip under a name that says why. Where they must be there (the team's CI: .ci/run
 * installs Debian's python3-pytest and golang and sets CI_RECOVERY_REQUIRE_RUNNERS=1), their absence fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../stand/services/paths.js';

function works(file: string, args: string[]): boolean {
  const r = spawnSync(file, args, { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0;
}

export const runners = {
  jest: path.join(repoRoot, 'node_modules/.bin/jest'),
  pytest: works('python3', ['-m', 'pytest', '--version']),
  // A python3 with pytest may lack the coverage plugin (a pyenv install): .ci/run installs Debian's.
  'pytest-cov': works('python3', ['-c', 'import pytest_cov']),
  go: works('go', ['version']),
  cargo: works('cargo', ['--version']),
  // Offline only: Surefire 3.2.5 and JUnit 5.10.2 must already be in the local repository (~/.m2).
  maven:
    existsSync(
      path.join(os.homedir(), '.m2/repository/org/apache/maven/surefire/surefire-junit-platform/3.2.5'),
    ) && works('mvn', ['-v']),
  // Debian's JaCoCo agent (libjacoco-java; .ci/run installs it), for a Maven test under coverage.
  jacoco: existsSync('/usr/share/java/org.jacoco.agent.jar'),
};

const required = process.env.CI_RECOVERY_REQUIRE_RUNNERS === '1';
// JaCoCo's agent only where Maven builds offline: its test needs both, and a machine without Maven's ~/.m2
// skips it (a throw here would fail every file that imports this one).
for (const name of ['pytest', 'pytest-cov', 'go', 'cargo', 'jacoco'] as const)
  if (required && !runners[name] && (name !== 'jacoco' || runners.maven))
    throw new Error(
      `CI_RECOVERY_REQUIRE_RUNNERS=1 but ${name} is not installed (.ci/run installs it from Debian)`,
    );

/** describe() when the runner is here; else a skipped block whose name says why. */
export function describeIfRunner(
  name: 'pytest' | 'pytest-cov' | 'go' | 'cargo' | 'maven' | 'jacoco',
  title: string,
  body: () => void,
): void {
  // JaCoCo's test needs Maven too.
  if (runners[name] && (name !== 'jacoco' || runners.maven)) describe(title, body);
  else
    describe.skip(
      name === 'maven' || (name === 'jacoco' && !runners.maven)
        ? `${title} (skipped: mvn, or Surefire 3.2.5 in ~/.m2 for an offline build, is missing)`
        : `${title} (skipped: ${name} is not installed; CI_RECOVERY_REQUIRE_RUNNERS=1 makes this an error)`,
      body,
    );
}

const projects: string[] = [];
afterAll(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary project with `files` (path -> text), removed after the test file's tests. */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ci-recovery-tests-'));
  projects.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Runs a command in `cwd`: its exit code and its output (stdout then stderr). */
export function run(
  cwd: string,
  file: string,
  args: string[],
  env: Record<string, string> = {},
): { status: number; output: string } {
  const r = spawnSync(file, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CI: 'true', ...env },
  });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

/** Environment for go in a temporary project: its own caches, no network. */
export function goEnv(dir: string): Record<string, string> {
  return {
    GOCACHE: path.join(os.tmpdir(), 'ci-recovery-gocache'),
    GOPATH: path.join(dir, '.gopath'),
    GOFLAGS: '-mod=mod',
    GOPROXY: 'off',
    GO111MODULE: 'on',
  };
}
