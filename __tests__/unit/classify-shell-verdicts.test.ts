/**
 * What the shell, make, coreutils and the archivers say when a step's own command could not run or was stopped
 * (issue 68: config, timeout, resource and transient mechanisms), produced here by the real programs run the way
 * the runner runs a `run:` step (actions/runner ScriptHandlerHelpers.cs: `bash --noprofile --norc -eo pipefail
 * {0}` on `<temp>/<Guid>.sh`), then classified as the job log that step leaves. Rules gha-script-command-not-found,
 * env-interpreter-missing, process-killed-sigkill, make-recipe-timeout, archive-truncated, aws-retries-exhausted,
 * companion-tool-missing and tool-minimum-version. Each case also keeps its look-alike: the same words a job
 * survived or a refusal that no retry mends.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import type { Classification } from '../../src/core/types.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ci-recovery-shell-'));
  mkdirSync(path.join(dir, '_temp'));
  mkdirSync(path.join(dir, 'bin'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `script` as the runner runs a bash step, in the temp dir; its output lines and exit status. */
function runStep(
  script: string,
  shell: 'bash' | 'sh' = 'bash',
  bare = false,
): { lines: string[]; code: number } {
  const file = path.join(dir, '_temp', `${randomUUID()}.sh`);
  writeFileSync(file, `${script}\n`);
  const args = shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail', file] : ['-e', file];
  // A bare PATH (an empty directory): the tool the script names is surely not installed.
  const env = { ...process.env, LC_ALL: 'C', ...(bare ? { PATH: path.join(dir, 'bin') } : {}) };
  const done = spawnSync(`/bin/${shell}`, args, { cwd: dir, encoding: 'utf8', env });
  const lines = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l.trim() !== '');
  return { lines, code: done.status ?? 128 };
}

/** The verdict on a job whose one step ran `script` for real and failed. */
function verdictOf(
  script: string,
  shell: 'bash' | 'sh' = 'bash',
  bare = false,
): Classification & { lines: string[] } {
  const { lines, code } = runStep(script, shell, bare);
  expect(code).not.toBe(0);
  return { ...classify({ log: failedRunLog(script, lines, code) }), lines };
}

describe('a command the step names is not installed (exit 127)', () => {
  test.each([
    ['eslint --max-warnings 0 .', 'bash'],
    ['pytest -q tests', 'bash'],
    ['hugo --minify', 'bash'],
    ['cargo-nextest nextest run', 'sh'],
  ] as const)('%s under %s is config, on the shell line, not the tool word', (command, shell) => {
    const v = verdictOf(command, shell, true);
    const tool = command.split(' ')[0] ?? '';
    expect(v.lines).toHaveLength(1);
    expect(v.type).toBe('config');
    expect(v.rule).toBe('gha-script-command-not-found');
    expect(v.evidence?.text).toMatch(new RegExp(`: ${tool}: (?:command )?not found$`));
    expect(retriedOnPr(v)).toBe(false);
  });

  test("a script's #!/usr/bin/env names an interpreter the runner lacks", () => {
    const tool = path.join(dir, 'tool.py');
    writeFileSync(tool, '#!/usr/bin/env ci-recovery-no-such-python\nprint(1)\n');
    chmodSync(tool, 0o755);
    const v = verdictOf(`${tool} --check`);
    expect(v.lines.some((l) => /env: .ci-recovery-no-such-python.: No such file or directory$/.test(l))).toBe(
      true,
    );
    expect(v.type).toBe('config');
    expect(v.rule).toBe('env-interpreter-missing');
  });

  test('a missing command the script survives (`|| true`) in a passing step says nothing', () => {
    const survived = runStep('rg -n x src || true', 'bash', true);
    expect(survived.code).toBe(0);
    const log = jobLog([
      ...actionsStep({ run: 'rg -n x src || true' }, survived.lines),
      ...actionsStep({ run: 'npx jest' }, ['Tests:       1 failed, 4 passed, 5 total'], 1),
    ]);
    expect(classify({ log }).type).toBe('test');
  });

  test('a probe the script survives (`if tool --version`) before tests that failed: the tests decide', () => {
    const probe = runStep('if yarn --version; then yarn install; fi', 'bash', true);
    expect(probe.code).toBe(0);
    expect(probe.lines).toHaveLength(1);
    const log = failedRunLog('npx jest --ci', [
      ...probe.lines,
      'FAIL src/cart.test.js',
      '  ● cart › adds an item',
      'Tests:       1 failed, 11 passed, 12 total',
    ]);
    expect(classify({ log }).type).toBe('test');
  });

  test("another script's not-found line (a Travis helper the job survives) is not the rule's", () => {
    expect(ruleFires(ruleSet, 'gha-script-command-not-found', 'bash: line 97: bc: command not found')).toBe(
      false,
    );
    expect(ruleFires(ruleSet, 'gha-script-command-not-found', 'sh: 1: jest: not found')).toBe(false);
  });
});

describe('a command killed by SIGKILL with no out-of-memory line (137)', () => {
  test("bash's job report in the step's own script: resource, retried once", () => {
    const node = process.execPath;
    const v = verdictOf(`"${node}" -e "process.kill(process.pid, 'SIGKILL')"`);
    expect(v.lines.some((l) => / Killed +\S/.test(l))).toBe(true);
    expect(v.type).toBe('resource');
    expect(v.rule).toBe('process-killed-sigkill');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("make's report of a killed recipe, over make's own failure and the build task's word", () => {
    writeFileSync(path.join(dir, 'Makefile'), "bundle:\n\tsh -c 'kill -9 $$$$'\n");
    const v = verdictOf('make bundle');
    expect(v.lines).toContain('make: *** [Makefile:2: bundle] Killed');
    expect(v.type).toBe('resource');
    expect(v.rule).toBe('process-killed-sigkill');
  });
});

describe('a recipe stopped by GNU timeout (124)', () => {
  test("make's `Error 124` is the time limit, not a failed build or test", () => {
    writeFileSync(path.join(dir, 'Makefile'), 'check:\n\ttimeout 0.2 sleep 5\n');
    const v = verdictOf('make check');
    expect(v.lines).toContain('make: *** [Makefile:2: check] Error 124');
    expect(v.type).toBe('timeout');
    expect(v.rule).toBe('make-recipe-timeout');
  });

  test('make reporting another status keeps its kind', () => {
    expect(ruleFires(ruleSet, 'make-recipe-timeout', 'make: *** [Makefile:2: check] Error 1')).toBe(false);
    expect(ruleFires(ruleSet, 'make-recipe-timeout', 'make: *** [Makefile:2: check] Error 1240')).toBe(false);
  });
});

describe('a download cut short', () => {
  test('gzip and tar on a truncated archive: network, retried', () => {
    const archive = path.join(dir, 'node.tgz');
    writeFileSync(path.join(dir, 'blob'), randomBytes(200_000));
    expect(spawnSync('tar', ['czf', archive, '-C', dir, 'blob']).status).toBe(0);
    truncateSync(archive, 50_000);
    const v = verdictOf(`cat "${archive}" | tar xz -C "${dir}"`);
    expect(v.lines).toEqual(expect.arrayContaining(['gzip: stdin: unexpected end of file']));
    expect(v.type).toBe('network');
    expect(v.rule).toBe('archive-truncated');
    expect(retriedOnPr(v)).toBe(true);
  });

  test("bash's own `unexpected end of file` (a script's syntax) is not a download", () => {
    expect(
      ruleFires(ruleSet, 'archive-truncated', 'x.sh: line 3: syntax error: unexpected end of file'),
    ).toBe(false);
  });
});

describe("a service client's own words for a server error", () => {
  test('GNU Wget answered 503: its own `ERROR 503` line is network, retried; its 404 is a missing file', async () => {
    const server = createServer((req, res) => {
      res.writeHead(req.url === '/gone.tgz' ? 404 : 503).end('no');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const wget = (file: string): Promise<{ lines: string[]; code: number }> =>
      new Promise((resolve) => {
        const child = spawn('wget', ['-nv', '-O', '/dev/null', `http://127.0.0.1:${port}/${file}`]);
        let out = '';
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        child.on('close', (code) => resolve({ lines: out.split('\n').filter(Boolean), code: code ?? 1 }));
      });
    try {
      const down = await wget('node.tgz');
      expect(down.code).toBe(8);
      const v = classify({ log: failedRunLog('wget -nv https://example.org/node.tgz', down.lines, 8) });
      expect(v.type).toBe('network');
      expect(v.rule).toBe('wget-http-server-error');
      expect(retriedOnPr(v)).toBe(true);
      const gone = await wget('gone.tgz');
      expect(
        classify({ log: failedRunLog('wget -nv https://example.org/gone.tgz', gone.lines, 8) }).type,
      ).toBe('dependency');
    } finally {
      server.close();
    }
  });
});

describe("RubyGems' own words for a gem server's answer", () => {
  const gemLog = (status: string): string =>
    failedRunLog('gem install nokogiri', [
      'ERROR:  While executing gem ... (Gem::RemoteFetcher::FetchError)',
      `    bad response ${status} (https://rubygems.org/gems/nokogiri-1.16.7-x86_64-linux.gem)`,
    ]);
  test('a 503 is network, retried', () => {
    const v = classify({ log: gemLog('Service Unavailable 503') });
    expect(v.type).toBe('network');
    expect(v.rule).toBe('rubygems-bad-response');
    expect(retriedOnPr(v)).toBe(true);
  });
  test('a 404 (a gem that is not there) is not retried', () => {
    expect(retriedOnPr(classify({ log: gemLog('Not Found 404') }))).toBe(false);
  });
});

describe("cargo's network retries that ran out", () => {
  // cargo 1.95.0's output against a sparse registry answering 503, CARGO_NET_RETRY=2 (host filled in).
  const retried = (code: number): string[] => [
    '    Updating `mirror` index',
    `warning: spurious network error (2 tries remaining): failed to get successful HTTP response from \`https://index.crates.io/config.json\` (151.101.2.137), got ${code}`,
    'body:',
    'service unavailable',
    'error: failed to get `serde` as a dependency of package `app v0.1.0 (/home/runner/work/app/app)`',
    'Caused by:',
    '  download of config.json failed',
    'Caused by:',
    `  failed to get successful HTTP response from \`https://index.crates.io/config.json\` (151.101.2.137), got ${code}`,
  ];
  test('a 503 after the spurious-error warnings is network, retried (registry-transient-error)', () => {
    const v = classify({ log: failedRunLog('cargo build --locked', retried(503), 101) });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });
  test('a registry that has no such file (cargo does not retry a 404) is no transient', () => {
    const v = classify({
      log: failedRunLog(
        'cargo build --locked',
        [
          'error: failed to get `serde` as a dependency of package `app v0.1.0 (/home/runner/work/app/app)`',
          'Caused by:',
          '  config.json not found in registry',
        ],
        101,
      ),
    });
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe("a service client's own words after its retries", () => {
  const deploy = 'aws s3 cp dist/app.tar.gz s3://acme-artifacts/';
  test('botocore that ran out of retries on a throttled or failing S3: network, retried', () => {
    const v = classify({
      log: failedRunLog(deploy, [
        'upload failed: dist/app.tar.gz to s3://acme-artifacts/app.tar.gz An error occurred (SlowDown) when calling the PutObject operation (reached max retries: 4): Please reduce your request rate.',
      ]),
    });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test('a request botocore refused without retrying (AccessDenied) is no transient', () => {
    const v = classify({
      log: failedRunLog(deploy, [
        'upload failed: dist/app.tar.gz to s3://acme-artifacts/app.tar.gz An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      ]),
    });
    expect(v.type).not.toBe('network');
    expect(retriedOnPr(v)).toBe(false);
  });
});

describe('a companion tool or tool version the job did not set up', () => {
  test("configure's pkg.m4 failure is the missing pkg-config, not a build error", () => {
    const v = classify({
      log: failedRunLog('./configure --prefix=/usr', [
        'checking for pkg-config... no',
        'checking for LIBXML... no',
        'configure: error: The pkg-config script could not be found or is too old.  Make sure it',
        'is in your PATH or set the PKG_CONFIG environment variable to the full',
        'path to pkg-config.',
      ]),
    });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('companion-tool-missing');
  });

  test('node-gyp finding no Python under npm install is config, not a dependency that failed', () => {
    const v = classify({
      log: failedRunLog('npm ci', [
        'npm error gyp ERR! find Python You need to install the latest version of Python.',
        'npm error gyp ERR! configure error',
        'npm error gyp ERR! stack Error: Could not find any Python installation to use',
      ]),
    });
    expect(v.type).toBe('config');
  });

  test("CMake older than the project's cmake_minimum_required", () => {
    const v = classify({
      log: failedRunLog('cmake -S . -B build', [
        'CMake Error at CMakeLists.txt:1 (cmake_minimum_required):',
        '  CMake 3.28 or higher is required.  You are running version 3.22.1',
        '-- Configuring incomplete, errors occurred!',
      ]),
    });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('tool-minimum-version');
  });

  test("Poetry's notice that it looks for another Python is not the refusal", () => {
    const notice = 'The currently activated Python version 3.10.12 is not supported by the project (^3.11).';
    expect(ruleFires(ruleSet, 'tool-minimum-version', notice)).toBe(false);
    const v = classify({
      log: failedRunLog('poetry install --no-interaction', [
        notice,
        'Trying to find and use a compatible version.',
        'Poetry was unable to find a compatible version. If you have one, you can explicitly use it via the "env use" command.',
      ]),
    });
    expect(v.type).toBe('config');
    expect(v.rule).toBe('tool-minimum-version');
  });
});

describe("a job cancelled at GitHub's default limit (360 minutes), read from the runner's timestamps", () => {
  /** A job whose test step the runner cancelled `minutes` after the job's first line, as its log or gh's. */
  function cancelledJob(minutes: number, gh = false): string {
    const start = Date.parse('2026-03-02T08:00:00.000Z');
    const at = (m: number): string => new Date(start + m * 60_000).toISOString().replace('Z', '0000Z');
    const lines: [number, string][] = [
      [0, 'Current runner version: 2.330.0'],
      [0.1, '##[group]Run npm test'],
      [0.1, 'npm test'],
      [0.1, 'shell: /usr/bin/bash -e {0}'],
      [0.1, '##[endgroup]'],
      [0.2, '> app@1.0.0 test'],
      [0.2, '> node scripts/soak.js'],
      [minutes, '##[error]The operation was canceled.'],
      [minutes + 0.1, 'Post job cleanup.'],
      [minutes + 0.2, 'Cleaning up orphan processes'],
    ];
    return lines
      .map(([m, text]) => (gh ? `build\tRun npm test\t${at(m)} ${text}` : `${at(m)} ${text}`))
      .join('\n');
  }

  test.each([false, true])('cancelled 360 minutes in is the time limit (gh run view: %s)', (gh) => {
    const v = classify({ log: cancelledJob(359.95, gh) });
    expect(v.type).toBe('timeout');
    expect(v.rule).toBe('elapsed:job-limit');
    expect(v.evidence).toEqual({ line: 8, text: '##[error]The operation was canceled.' });
  });

  test('cancelled 40 minutes in stays a cancellation', () => {
    expect(classify({ log: cancelledJob(40) }).type).toBe('cancelled');
  });
});
