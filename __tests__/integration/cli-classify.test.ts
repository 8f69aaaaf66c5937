/**
 * `ci-recovery classify` and `ci-recovery lanes` through the built bundle, run by plain node from a copy of
 * dist/ with no node_modules beside it, the way a user runs the CLI from a clone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../../stand/services/paths.js';
import { describeIfCorpus } from '../corpus.js';

const logs = path.resolve(repoRoot, '../shared/corpus/dev/logs');
let dir: string;
let cli: string;

beforeAll(() => {
  // The committed dist/ as it is (CI checks it matches src/): a test never rebuilds into the checkout.
  dir = mkdtempSync(path.join(tmpdir(), 'cli-classify-'));
  cpSync(path.join(repoRoot, 'dist'), path.join(dir, 'clone/dist'), { recursive: true });
  cli = path.join(dir, 'clone/dist/cli.js');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], cwd = dir): { status: number | null; stdout: string; stderr: string } => {
  const env = { ...process.env };
  delete env.GITHUB_BASE_REF;
  delete env.GITHUB_TOKEN;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describeIfCorpus('classify on real corpus logs', () => {
  test('classify --json: one object per input line; bad files get an error and the others are classified', () => {
    const empty = path.join(dir, 'empty.log');
    writeFileSync(empty, '');
    const corrupt = path.join(dir, 'corrupt.log.gz');
    writeFileSync(corrupt, gzipSync(Buffer.from('x'.repeat(10000))).subarray(0, 40));
    const missing = path.join(dir, 'missing.log');
    const r = run([
      'classify',
      '--json',
      path.join(logs, 'd0257.log'),
      missing,
      corrupt,
      empty,
      path.join(logs, 'd0306.log.gz'),
    ]);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual({
      file: path.join(logs, 'd0257.log'),
      type: 'infrastructure',
      confidence: 'high',
      retryable: true,
      evidence: {
        line: 16,
        text: '##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.',
      },
      rule: 'runner-lost',
    });
    expect(lines[1]).toEqual({
      file: missing,
      error: `${missing}: no such file; pass the path of a log file`,
    });
    expect(String(lines[2]?.error)).toContain('corrupt or truncated gzip');
    expect(lines[3]).toMatchObject({ file: empty, type: 'unknown', confidence: 'low', evidence: null });
    expect(lines[4]).toMatchObject({ type: 'test', rule: 'mozilla-harness' });
    expect(r.stderr).toContain(`ci-recovery classify: ${missing}: no such file`);
  });

  test('classify: the exit code is a structural signal; human output names the rule and the line', () => {
    const r = run(['classify', path.join(logs, 'd0072.log'), '--exit-code', '124']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/d0072\.log: timeout \(high confidence, retryable; rule signal:exit-124\)/);
    const plain = run(['classify', path.join(logs, 'd0060.log')]);
    expect(plain.stdout).toContain(
      'resource (medium confidence, retryable; rule disk-full)\n  line 3116: java.io.IOException: No space left on device',
    );
  });
});

test('classify: usage mistakes are user errors (exit 2) that say what to write', () => {
  const r = run(['classify', '--exit-code', 'abc', path.join(logs, 'd0060.log')]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("--exit-code 'abc' is not valid; write a whole number from 0 to 255");
  expect(run(['classify']).status).toBe(2);
});

test('every verb refuses an unknown option alike: exit 2, naming it and the options it knows', () => {
  for (const [verb, known] of [
    ['classify', '--exit-code, --signal, --json'],
    ['lanes', '--base, --pr, --label, --config, --json'],
    ['plan', '--type, --lane'],
    ['list', '--store, --json'],
  ] as const) {
    const r = run([verb, '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`unknown option '--bogus' for '${verb}'; known: ${known}`);
  }
});

test('lanes: DOCS for a docs-only branch of a real repository, STANDARD without a base', () => {
  const repo = path.join(dir, 'repo');
  mkdirSync(repo);
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: repo,
      stdio: 'ignore',
    });
  };
  git('init', '-q', '-b', 'main');
  writeFileSync(path.join(repo, 'app.js'), 'x\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'app');
  git('checkout', '-q', '-b', 'docs');
  writeFileSync(path.join(repo, 'README.md'), '# hi\nthere\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'docs');
  const r = run(['lanes', '--base', 'main', '--json'], repo);
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({
    lane: 'DOCS',
    reason: 'all 1 changed files are docs',
    files: ['README.md'],
    changedLines: 2,
    labels: [],
  });
  expect(run(['lanes', '--base', 'main', '--label', 'ci:heavy'], repo).stdout).toBe(
    "HEAVY: label 'ci:heavy' (1 file(s), 2 changed line(s), base main)\n",
  );
  expect(run(['lanes'], repo).stdout).toBe(
    'STANDARD: changed files unknown: no base branch to compare with (files unknown, no base)\n',
  );
});
