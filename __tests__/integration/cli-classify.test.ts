/**
 * `ci-recovery classify` and `ci-recovery lanes` through the built bundle, run by plain node from a copy of
 * dist/ with no node_modules beside it, the way a user runs the CLI from a clone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { repoRoot } from '../../stand/services/paths.js';
import { readFixtures } from '../../scripts/corpus-fixtures.js';
import { describeIfCorpus } from '../corpus.js';

const logs = path.resolve(repoRoot, '../shared/corpus/dev/logs');

interface ZipWriter {
  append(data: string, options: { name: string }): void;
  finalize(): Promise<void>;
  pipe(to: NodeJS.WritableStream): void;
}
/** A zip written by archiver, the library @actions/artifact zips uploads with. */
async function writeZip(file: string, entries: [string, string][]): Promise<void> {
  const archiver = createRequire(import.meta.url)('archiver') as (f: string) => ZipWriter;
  const zip = archiver('zip');
  const out = createWriteStream(file);
  const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));
  zip.pipe(out);
  for (const [name, text] of entries) zip.append(text, { name });
  await zip.finalize();
  await closed;
}
let dir: string;
let cli: string;

beforeAll(() => {
  // The committed dist/ as it is (CI checks it matches src/): a test never rebuilds into the checkout.
  dir = mkdtempSync(path.join(tmpdir(), 'cli-classify-'));
  cpSync(path.join(repoRoot, 'dist'), path.join(dir, 'clone/dist'), { recursive: true });
  cli = path.join(dir, 'clone/dist/cli.js');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** How long one CLI run over an endless input may take before it counts as never ending. */
const ENDLESS_LIMIT_MS = 180_000;

const run = (
  args: string[],
  cwd = dir,
  stdin?: string | number,
  timeout = 60_000,
): { status: number | null; stdout: string; stderr: string } => {
  const env = { ...process.env };
  delete env.GITHUB_BASE_REF;
  delete env.GITHUB_TOKEN;
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env,
    ...(typeof stdin === 'string' ? { input: stdin } : {}),
    ...(typeof stdin === 'number' ? { stdio: [stdin, 'pipe', 'pipe'] } : {}),
    timeout,
  });
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
      // Set up job, before any `Run …` step: the log names no step.
      job: null,
      step: null,
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

  test("a run's log archive of real job logs: the passing job claims nothing, the failed one reads as its log", async () => {
    // hashicorp/terraform: a passing Quick Checks job (d0534) and a failed build (d0863), raw job logs.
    const raw = (id: string) => gunzipSync(readFileSync(path.join(logs, `${id}.log.gz`))).toString('utf8');
    const zip = path.join(dir, 'terraform-run.zip');
    await writeZip(zip, [
      ['1_Quick Checks.txt', raw('d0534')],
      ['2_Build Terraform CLI Packages.txt', raw('d0863')],
    ]);
    const out = run(['classify', '--json', zip])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => o.job)).toEqual(['Quick Checks', 'Build Terraform CLI Packages']);
    expect(out[0]?.confidence).toBe('low');
    const alone = JSON.parse(run(['classify', '--json', path.join(logs, 'd0863.log.gz')]).stdout) as Record<
      string,
      unknown
    >;
    expect(out[1]).toMatchObject({
      type: alone.type,
      confidence: alone.confidence,
      evidence: alone.evidence,
    });
  });

  test('classify: the exit code is a structural signal; human output names the rule and the line', () => {
    const r = run(['classify', path.join(logs, 'd0072.log'), '--exit-code', '124']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/d0072\.log: timeout \(high confidence, retryable; rule signal:exit-124\)/);
    const plain = run(['classify', path.join(logs, 'd0060.log')]);
    expect(plain.stdout).toContain(
      // The first line that states the cause (Maven's own), not the Java exception repeating it later.
      'resource (medium confidence, retryable; rule disk-full)\n  line 805: [ERROR] No space left on device',
    );
  });
});

test('classify: usage mistakes are user errors (exit 2) that say what to write', () => {
  const r = run(['classify', '--exit-code', 'abc', path.join(logs, 'd0060.log')]);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("--exit-code 'abc' is not valid; write a whole number from 0 to 255");
  expect(run(['classify']).status).toBe(2);
});

describe('classify - : a log on standard input, the step it came from, the team rules', () => {
  // A real uv download that failed on DNS (d0098, from the corpus fixtures), in a raw job log's frame.
  const d0098 = readFixtures().get('d0098')!;
  const uvLines = [31, 32, 33, 34, 35, 37].map((n) => d0098.get(n)!.replace('#=MATCH=# ', ''));
  const TS = '2026-07-29T17:45:21.0000000Z';
  const rawLog = [
    `\uFEFF${TS} Current runner version: '2.336.0'`,
    `${TS} ##[group]Run uv python install 3.15`,
    `${TS} ##[endgroup]`,
    ...uvLines,
    `${TS} ##[error]Process completed with exit code 2.`,
    `${TS} Post job cleanup.`,
    `${TS} [command]/usr/bin/git version`,
  ].join('\n');
  // What `gh run view <id> --log-failed` prints: job<TAB>step<TAB>timestamp line.
  const ghLog = rawLog
    .split('\n')
    .map((line, i) => `build (macos)\t${i === 0 ? 'Set up job' : 'Install python'}\t${line}`)
    .join('\n');
  const DNS_RULE = [
    'classify:',
    '  rules:',
    '    - id: mac-dns',
    '      description: the macOS runners lose DNS for the whole job',
    "      pattern: 'nodename nor servname'",
    '      type: infrastructure',
    "      step: 'install*'",
  ].join('\n');

  test('gh run view --log-failed | ci-recovery classify -: the verdict names the job and step', () => {
    const r = run(['classify', '-'], dir, ghLog);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      // Weighed low, one network rule alone; the line shown is the root cause: a `Caused by:` chain's deepest
      // link (the DNS failure), not the failed download above it.
      '-: network (low confidence, retryable; rule network)\n  step: build (macos) / Install python\n' +
        `  line 9: ${uvLines[5]!.replace(/^\S+ /, '').trim()}\n`,
    );
    const json = JSON.parse(run(['classify', '--json', '-'], dir, ghLog).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ file: '-', type: 'network', job: 'build (macos)', step: 'Install python' });
  });

  test("a raw job log's step is its Run group", () => {
    const file = path.join(dir, 'raw.log');
    writeFileSync(file, rawLog);
    const json = JSON.parse(run(['classify', '--json', file]).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ type: 'network', job: null, step: 'Run uv python install 3.15' });
  });

  test("a run's log archive: one verdict per job, a job kept as step files joined in their order", async () => {
    // GitHub's archive (cli/cli's fixture layout): `<n>_<job>.txt` whole, `<job>/<n>_<step>.txt` per step;
    // the failing job here has only its step files, stored out of order, with a Mac's junk beside them.
    const steps = rawLog.split('\n');
    const zip = path.join(dir, 'run-logs.zip');
    await writeZip(zip, [
      ['build/2_Install python.txt', steps.slice(1, 9).join('\n')],
      ['build/1_Set up job.txt', steps[0]!],
      ['build/3_Post job cleanup.txt', steps.slice(9).join('\n')],
      ['__MACOSX/build/._1_Set up job.txt', 'not a log'],
      ['0_docs.txt', `\uFEFF${TS} ##[group]Run echo ok\n${TS} ##[endgroup]\n${TS} ok`],
    ]);
    const r = run(['classify', '--json', zip]);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.map((o) => [o.job, o.type])).toEqual([
      ['docs', 'unknown'],
      ['build', 'network'],
    ]);
    // Joined in step order, the job reads as the whole raw log does.
    const whole = JSON.parse(run(['classify', '--json', '-'], dir, rawLog).stdout) as Record<string, unknown>;
    expect(out[1]).toMatchObject({ evidence: whole.evidence, step: whole.step, rule: whole.rule });
    expect(run(['classify', zip]).stdout).toContain(`${zip} (job build): network`);
  });

  test('a zip whose sizes lie is refused naming the archive and the job, not standard input', async () => {
    const zip = path.join(dir, 'lying.zip');
    await writeZip(zip, [['1_build.txt', `${rawLog}\n`.repeat(200)]]);
    // The central directory's uncompressed size (offset 24 of its record) says 10 bytes.
    const bytes = readFileSync(zip);
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(10, central + 24);
    writeFileSync(zip, bytes);
    const r = run(['classify', zip]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${zip} (job build): `);
    expect(r.stderr).toContain('download it again');
    expect(r.stderr).not.toMatch(/classify: -:/);
  });

  test('a zip with no job logs in it is named as such', async () => {
    const zip = path.join(dir, 'other.zip');
    await writeZip(zip, [['report/index.html', '<html></html>']]);
    const r = run(['classify', zip]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('a zip with no job logs in it');
  });

  test("the repository's config (or --config) brings the team's rules, ranked first and shown as such", () => {
    const repo = path.join(dir, 'team-repo');
    mkdirSync(path.join(repo, '.github'), { recursive: true });
    writeFileSync(path.join(repo, '.github/ci-recovery.yml'), DNS_RULE);
    const expected =
      '-: infrastructure (high confidence, retryable; rule team:mac-dns)\n  step: build (macos) / Install python\n' +
      `  line 9: ${uvLines[5]!.replace(/^\S+ /, '').trim()}\n`;
    expect(run(['classify', '-'], repo, ghLog).stdout).toBe(expected);
    const elsewhere = path.join(dir, 'team.yml');
    writeFileSync(elsewhere, DNS_RULE);
    expect(run(['classify', '--config', elsewhere, '-'], dir, ghLog).stdout).toBe(expected);
    // Scoped to its step: the raw log knows the step only as 'Run uv python install 3.15'.
    const file = path.join(dir, 'raw.log');
    writeFileSync(file, rawLog);
    expect(run(['classify', '--config', elsewhere, file]).stdout).toContain('rule network)');
  });

  test('a team rule with a bad regex stops classify with its file:line and the rule named', () => {
    const bad = path.join(dir, 'bad.yml');
    writeFileSync(bad, DNS_RULE.replace("'nodename nor servname'", "'nodename (nor servname'"));
    const r = run(['classify', '--config', bad, '-'], dir, ghLog);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `ci-recovery classify: bad.yml:5:16: classify.rules[0] ('mac-dns'): pattern "nodename (nor servname" is not a valid regular expression (missing closing ): \`nodename (nor servname\`)`,
    );
    expect(r.stdout).toBe('');
  });

  test('a start with no config loads neither the rules engine nor the XML parser: it runs without their chunks', () => {
    // A copy of dist/ without the chunks holding re2js and fast-xml-parser (ncc names chunks by number).
    const bare = path.join(dir, 'bare/dist');
    cpSync(path.join(dir, 'clone/dist'), bare, { recursive: true });
    const gone = readdirSync(bare).filter((f) =>
      /class (RE2JS|XMLParser)\b/.test(readFileSync(path.join(bare, f), 'utf8')),
    );
    expect(gone).toHaveLength(2);
    for (const f of gone) rmSync(path.join(bare, f));
    const bareCli = path.join(bare, 'cli.js');
    const file = path.join(dir, 'raw-bare.log');
    writeFileSync(file, rawLog);
    const full = run(['classify', '--json', file, '-'], dir, ghLog);
    const r = spawnSync(process.execPath, [bareCli, 'classify', '--json', file, '-'], {
      cwd: dir,
      encoding: 'utf8',
      input: ghLog,
      timeout: 60_000,
    });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(full);
    expect(full.stdout.split('\n')).toHaveLength(3);
    // A config's rules do load the engine: without its chunk that start fails.
    const team = path.join(dir, 'team-bare.yml');
    writeFileSync(team, DNS_RULE);
    const withRules = spawnSync(process.execPath, [bareCli, 'classify', '--config', team, file], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(withRules.status).not.toBe(0);
  });

  test(
    'an endless input (/dev/zero, as a file or on stdin) returns after the cap, and says so',
    () => {
      const zero = openSync('/dev/zero', 'r');
      try {
        for (const [args, stdin] of [
          [['classify', '/dev/zero'], undefined],
          [['classify', '--json', '-'], zero],
        ] as const) {
          const started = Date.now();
          // 256 MB read: 5.5 s of CPU, 30 s at load 13, over 60 s at load 15 (a rehearsal's .ci/run beside the
          // README's npm test). The limit is for a read that never ends.
          const r = run([...args], dir, stdin, ENDLESS_LIMIT_MS);
          expect(r.status).toBe(0);
          expect(r.stderr).toMatch(
            /: read the first 256 MB only \(the input went on\); the verdict is from those\n$/,
          );
          expect(r.stdout).toMatch(/unknown/);
          expect(Date.now() - started).toBeLessThan(ENDLESS_LIMIT_MS);
        }
      } finally {
        closeSync(zero);
      }
    },
    3 * ENDLESS_LIMIT_MS,
  );

  test("'-' twice is a usage error", () => {
    const r = run(['classify', '-', '-'], dir, '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("standard input can be read once: give '-' only once");
  });
});

test('every verb refuses an unknown option alike: exit 2, naming it and the options it knows', () => {
  for (const [verb, known] of [
    ['classify', '--exit-code, --signal, --config, --json'],
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
