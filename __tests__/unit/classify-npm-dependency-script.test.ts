/**
 * Issue 68 item 1: a dependency's install script failing inside `npm ci` or `npm install` (its native build, a
 * postinstall that builds or fetches a binary) is the dependency's failure (rule npm-dependency-script-failed),
 * told from the project's own scripts by the `path` of npm's error block alone: npm prints the same `npm error
 * command failed` for both (requirements.ts reads the block). The output is real npm's, run here offline on a
 * packed local dependency whose install script fails and on a project whose own `prepare` fails; the npm 7-9 and
 * Windows forms are npm/cli's getError with those values (rules/log-rules.json `why`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classify, defaultRuleSet } from '../../src/core/classify/index.js';
import { actionsStep, failedRunLog, jobLog, retriedOnPr, ruleFires } from '../classify-logs.js';

const ruleSet = defaultRuleSet();
const RULE = 'npm-dependency-script-failed';

let dir = '';

/** Runs npm in `cwd` without the network; its output lines as a job log holds them. */
function npm(cwd: string, args: string[]): { code: number | null; lines: string[] } {
  const done = spawnSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_cache: path.join(dir, 'cache'), NO_COLOR: '1' },
  });
  const lines = `${done.stdout}${done.stderr}`.split('\n').filter((l) => l !== '');
  return { code: done.status, lines };
}

function project(name: string, pkg: object, files: Record<string, string> = {}): string {
  const at = path.join(dir, name);
  mkdirSync(at, { recursive: true });
  writeFileSync(path.join(at, 'package.json'), JSON.stringify(pkg));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(at, file), text);
  return at;
}

let depFailed: { code: number | null; lines: string[] };
let ownFailed: { code: number | null; lines: string[] };
let fetchCut: { code: number | null; lines: string[] };

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ci-recovery-npm-script-'));
  // A dependency whose install script fails as a native build does: the compiler's error on stderr, exit 1.
  const dep = project(
    'nativedep',
    { name: 'nativedep', version: '1.0.0', scripts: { install: 'node build.js' } },
    {
      'build.js':
        'console.error("../src/addon.cc:12:5: error: \'Nan\' has not been declared");\nprocess.exit(1);\n',
    },
  );
  expect(npm(dep, ['pack']).code).toBe(0);
  const app = project('app', { name: 'app', version: '1.0.0' });
  depFailed = npm(app, ['install', path.join(dep, 'nativedep-1.0.0.tgz')]);
  // The project's own prepare, which `npm install` runs after it installed the tree.
  const own = project('own', {
    name: 'own',
    version: '1.0.0',
    scripts: { prepare: 'node -e "console.error(\'bundle: config invalid\'); process.exit(2)"' },
  });
  ownFailed = npm(own, ['install']);
  // A dependency whose install script downloads a prebuilt binary, and the connection is cut: node's own error.
  // The server is the script's own (no network in a test), and the script names no address (a refusal by
  // localhost is no network failure).
  const fetching = project(
    'fetchdep',
    { name: 'fetchdep', version: '1.0.0', scripts: { install: 'node fetch.js' } },
    {
      'fetch.js': [
        "const http = require('node:http');",
        "const server = http.createServer((req) => req.socket.destroy()).listen(0, '127.0.0.1', () => {",
        '  console.log("fetchdep: downloading the prebuilt binary");',
        '  http.get(`http://127.0.0.1:${server.address().port}/fetchdep-linux-x64.tar.gz`).on("error", (e) => {',
        '    console.error(e);',
        '    process.exit(1);',
        '  });',
        '});',
      ].join('\n'),
    },
  );
  expect(npm(fetching, ['pack']).code).toBe(0);
  fetchCut = npm(project('app2', { name: 'app2', version: '1.0.0' }), [
    'install',
    path.join(fetching, 'fetchdep-1.0.0.tgz'),
  ]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a dependency's install script that failed inside npm's install: dependency", () => {
  test('real npm: the error block names the package under node_modules, and the verdict shows it', () => {
    expect(depFailed.code).not.toBe(0);
    expect(depFailed.lines).toContain('npm error command failed');
    const v = classify({ log: failedRunLog('./scripts/bootstrap.sh', depFailed.lines) });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe(RULE);
    expect(v.evidence?.text).toMatch(/^npm error path \S+\/node_modules\/nativedep$/);
    expect(retriedOnPr(v)).toBe(false);
    // under `npm ci` the command's own word says as much (the rule, low, does not outweigh it)
    const ci = classify({ log: failedRunLog('npm ci', depFailed.lines) });
    expect(ci.type).toBe('dependency');
    expect(retriedOnPr(ci)).toBe(false);
  });

  test('under a command whose name says nothing of an install (`make all`), the block still says whose it was', () => {
    const v = classify({ log: failedRunLog('make all', depFailed.lines) });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe(RULE);
  });

  test.each([
    ['npm 7-9, a scoped package', 'npm ERR!', '/home/runner/work/app/app/node_modules/@swc/core'],
    ['a Windows runner', 'npm error', 'D:\\a\\app\\app\\node_modules\\better-sqlite3'],
    ['a nested dependency', 'npm error', '/home/runner/work/app/app/node_modules/a/node_modules/fsevents'],
  ])('%s', (_name, prefix, dirName) => {
    const block = [`${prefix} code 1`, `${prefix} path ${dirName}`, `${prefix} command failed`];
    const v = classify({
      log: failedRunLog('./scripts/bootstrap.sh', [...block, `${prefix} command sh -c node-gyp rebuild`]),
    });
    expect(v.type).toBe('dependency');
    expect(v.rule).toBe(RULE);
    expect(v.evidence?.text).toBe(`${prefix} path ${dirName}`);
  });
});

describe("the project's own scripts, and a dependency's that the network failed", () => {
  test("real npm: the project's own prepare inside `npm install` is not read as a dependency's", () => {
    expect(ownFailed.code).not.toBe(0);
    expect(ownFailed.lines).toContain('npm error command failed');
    const v = classify({ log: failedRunLog('./scripts/bootstrap.sh', ownFailed.lines) });
    expect(v.rule).not.toBe(RULE);
    expect(v.type).not.toBe('dependency');
  });

  test('the failure line alone, with no path above it, says nothing', () => {
    expect(ruleFires(ruleSet, RULE, 'npm error command failed')).toBe(false);
  });

  test('npm error blocks with a node_modules path that no script wrote: no hit', () => {
    const v = classify({
      log: failedRunLog('./scripts/bootstrap.sh', [
        'npm error code ENOTEMPTY',
        'npm error syscall rename',
        'npm error path /home/runner/work/app/app/node_modules/webpack',
        'npm error dest /home/runner/work/app/app/node_modules/.webpack-Xa1b2c3d',
        'npm error errno -39',
      ]),
    });
    expect(v.rule).not.toBe(RULE);
  });

  test("a dependency's postinstall that could not reach the network stays the network's, and is retried", () => {
    const v = classify({
      log: failedRunLog('npm ci', [
        'npm error code 1',
        'npm error path /home/runner/work/app/app/node_modules/@swc/core',
        'npm error command failed',
        'npm error command sh -c node postinstall.js',
        'npm error Error: getaddrinfo EAI_AGAIN registry.npmjs.org',
      ]),
    });
    expect(v.type).toBe('network');
    expect(retriedOnPr(v)).toBe(true);
  });

  test.each(['npm ci', 'make all'])(
    "real npm: a dependency's download cut short (node's `socket hang up`, low) stays the network's under %s, and is retried",
    (command) => {
      expect(fetchCut.code).not.toBe(0);
      expect(fetchCut.lines).toContain('npm error Error: socket hang up');
      expect(fetchCut.lines.some((l) => /^npm error path \S+\/node_modules\/fetchdep$/.test(l))).toBe(true);
      const v = classify({ log: failedRunLog(command, fetchCut.lines) });
      expect(v.type).toBe('network');
      expect(v.evidence?.text).toBe('npm error Error: socket hang up');
      expect(retriedOnPr(v)).toBe(true);
    },
  );

  test('a passing job whose script survived a dependency that did not build claims nothing', () => {
    const log = jobLog([
      ...actionsStep({ run: 'npm install ./vendor/nativedep-1.0.0.tgz || echo "optional addon skipped"' }, [
        ...depFailed.lines,
        'optional addon skipped',
      ]),
      ...actionsStep({ run: 'npm test' }, ['> app@1.0.0 test', '> node --test', '# pass 3', '# fail 0']),
      // the runner's last words on a job whose steps all passed
      'Cleaning up orphan processes',
    ]);
    const v = classify({ log });
    expect(v.rule).not.toBe(RULE);
    expect(v.confidence).toBe('low');
  });
});
