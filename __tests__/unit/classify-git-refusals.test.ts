/**
 * What git itself says when the job's own checkout cannot do what a step asks (no repository there, no tag for
 * `git describe` in a shallow clone, a revision the clone lacks, a clone into a used directory), produced by the
 * real git run as the runner runs a bash step. The generic `fatal:` rule left these retryable; the same
 * checkout refuses again, so none may be retried. git's transport failures stay network and retried; a remote on
 * the job's own machine that nothing listens on is a server not up, refused alike on the next attempt: not retried.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { failedRunLog, retriedOnPr, ruleFires } from '../classify-logs.js';

let dir = '';
/** A loopback port nothing listens on: bound, then closed. */
let closed = 0;
const git = { GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@example.com' };

beforeAll(async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closed = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  dir = mkdtempSync(path.join(tmpdir(), 'ci-recovery-git-'));
  mkdirSync(path.join(dir, 'plain'));
  const repo = path.join(dir, 'repo');
  mkdirSync(repo);
  const env = { ...process.env, ...git, GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@example.com' };
  for (const args of [
    ['init', '-q'],
    ['commit', '-q', '--allow-empty', '-m', 'first'],
  ])
    spawnSync('git', args, { cwd: repo, env });
  writeFileSync(path.join(repo, 'used'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The verdict on a job whose one bash step ran `script` in `cwd` for real and failed. */
function verdictOf(script: string, cwd: string): ReturnType<typeof classify> & { lines: string[] } {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, `${script}\n`);
  const env = { ...process.env, ...git, LC_ALL: 'C', GIT_CEILING_DIRECTORIES: dir };
  const done = spawnSync('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd,
    encoding: 'utf8',
    env,
  });
  expect(done.status).not.toBe(0);
  const lines = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l.trim() !== '');
  return { ...classify({ log: failedRunLog(script, lines, done.status ?? 128) }), lines };
}

test.each([
  ['git rev-parse HEAD', 'plain', /^fatal: not a git repository/],
  ['VERSION=$(git describe --tags)', 'repo', /^fatal: No names found, cannot describe anything\.$/],
  ['git diff --stat origin/main...HEAD', 'repo', /^fatal: ambiguous argument 'origin\/main\.\.\.HEAD'/],
  ['git clone -q . used', 'repo', /^fatal: destination path 'used' already exists/],
  ['git merge-base HEAD v1.0.0', 'repo', /^fatal: Not a valid object name v1\.0\.0$/],
])('%s: git refuses the checkout, not retried', (script, where, line) => {
  const v = verdictOf(script, path.join(dir, where));
  expect(v.lines.some((l) => line.test(l))).toBe(true);
  expect(v.type).toBe('git');
  expect(v.rule).toBe('git-local-refusal');
  expect(v.evidence?.text).toMatch(line);
  expect(retriedOnPr(v)).toBe(false);
});

// A container action running as root on a workspace the runner's user checked out: git refuses a repository
// another user owns (setup.c ensure_valid_ownership). One user runs these tests, so git's own switch for its tests
// of that check (GIT_TEST_ASSUME_DIFFERENT_OWNER) makes the owner differ; the refusal printed is git's own.
const OTHER_OWNER = 'export GIT_TEST_ASSUME_DIFFERENT_OWNER=1';
test.each([
  ['git status', /^fatal: detected dubious ownership in repository at '/],
  // What a tool running git then says (tar reading git archive's empty output) comes after: git's line decides.
  ['mkdir -p out && git archive --format=tar HEAD | tar -x -C out', /^fatal: detected dubious ownership in/],
])(
  '%s in a repository another user owns: git refuses, the same every run: git, not retried',
  (script, line) => {
    const v = verdictOf(`${OTHER_OWNER}\n${script}`, path.join(dir, 'repo'));
    expect(v.lines.some((l) => line.test(l))).toBe(true);
    expect(v.type).toBe('git');
    expect(v.rule).toBe('git-state');
    expect(v.evidence?.text).toMatch(line);
    expect(retriedOnPr(v)).toBe(false);
  },
);

test.each([
  // git 2.30.3 to 2.36.1 (setup.c before 3b0bf27049), as a container action printed it.
  "fatal: unsafe repository ('/github/workspace' is owned by someone else)",
  "fatal: detected dubious ownership in repository at '/__w/app/app'",
])("git's ownership refusal in either wording is git-state's: %s", (line) => {
  expect(ruleFires(defaultRuleSet(), 'git-state', line)).toBe(true);
  const v = classify({ log: failedRunLog('git describe --tags', [line], 128) });
  expect(v).toMatchObject({ type: 'git', rule: 'git-state' });
  expect(retriedOnPr(v)).toBe(false);
});

test("git's transport failing is still network, and retried", () => {
  const v = verdictOf('git ls-remote https://ci-recovery.invalid/owner/repo.git', path.join(dir, 'repo'));
  expect(v.lines.some((l) => l.startsWith("fatal: unable to access 'https://ci-recovery.invalid/"))).toBe(
    true,
  );
  expect(v.type).toBe('network');
});

test.each([
  [
    'http://127.0.0.1',
    /^fatal: unable to access 'http:\/\/127\.0\.0\.1:\d+\/x\.git\/': Failed to connect to 127\.0\.0\.1 port/,
  ],
  [
    'http://localhost',
    /^fatal: unable to access 'http:\/\/localhost:\d+\/x\.git\/': Failed to connect to localhost port/,
  ],
  ['git://127.0.0.1', /^fatal: unable to connect to 127\.0\.0\.1:$/],
  ['ssh://127.0.0.1', /^ssh: connect to host 127\.0\.0\.1 port \d+: Connection refused\r?$/],
])(
  "git against a remote on the job's own machine that nothing listens on (%s): a server not up, not retried",
  (remote, line) => {
    // ssh: BatchMode, no prompt should a host ever answer; it ends its line with CR LF, which the log keeps.
    const v = verdictOf(
      `GIT_SSH_COMMAND='ssh -o BatchMode=yes' git ls-remote ${remote}:${closed}/x.git`,
      path.join(dir, 'repo'),
    );
    expect(v.lines.some((l) => line.test(l))).toBe(true);
    expect(v.type).toBe('git');
    expect(v.rule).toBe('git-remote-local-refused');
    expect(v.evidence?.text).toMatch(line);
    expect(retriedOnPr(v)).toBe(false);
  },
);

test.each([
  ['https_proxy=http://127.0.0.1', "'https://github.com/actions/checkout/'", /127\.0\.0\.1 port/],
  ['HTTPS_PROXY=http://localhost', "'https://github.com/actions/checkout/'", /localhost port/],
])(
  "git through a proxy on the job's own machine that refuses (%s): the remote is not local, the path to it is out: retried",
  (proxy, url, named) => {
    // curl names the proxy it could not reach, not the remote; nothing resolves github.com here (the proxy would).
    const v = verdictOf(
      `${proxy}:${closed} git ls-remote https://github.com/actions/checkout`,
      path.join(dir, 'repo'),
    );
    const line = v.lines.find((l) => l.startsWith(`fatal: unable to access ${url}: Failed to connect to `));
    expect(line).toMatch(named);
    expect(v.rule).not.toBe('git-remote-local-refused');
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  },
);

// git refusing in words no specific rule lists reaches only the generic `fatal:` rule, which leaves git's transport
// words to the network rules: what is left is git refusing the checkout or the command, the same on every attempt.
// At low confidence the policy retried such a git verdict once (transient-unsure-retry-once): not now.
test.each([
  ['git branch dup && git branch dup', /^fatal: a branch named 'dup' already exists$/],
  ['git switch release/2.0', /^fatal: invalid reference: release\/2\.0$/],
  [
    'git init -q --bare empty.git && git -C empty.git log',
    /^fatal: your current branch '\w+' does not have any commits yet$/,
  ],
])('%s: a git refusal only the generic rule reads: git, not retried', (script, line) => {
  const v = verdictOf(`rm -rf empty.git\n${script}`, path.join(dir, 'repo'));
  expect(v.lines.some((l) => line.test(l))).toBe(true);
  expect(v.type).toBe('git');
  expect(v.rule).toBe('generic-git-fatal');
  expect(retriedOnPr(v)).toBe(false);
});
