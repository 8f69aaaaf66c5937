/**
 * What a new user meets first, through the committed bundle (dist/cli.js run by plain node from a copy
 * outside the repository; run `npm run build` first): the list of verbs, each verb's help, the version,
 * exit codes with one meaning each, JSON errors, and a progress line only on a terminal.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commands } from '../../src/cli/commands.js';
import { corpusRoot, repoRoot } from '../../stand/services/paths.js';

let tmp: string;
let cli: string;
let ws: string;
let store: string;

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ci(args: string[], env: NodeJS.ProcessEnv = {}): Ran {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: ws,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const log = (name: string): string => path.join(corpusRoot, 'dev/logs', name);

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cli-usage-'));
  cpSync(path.join(repoRoot, 'dist'), path.join(tmp, 'clone/dist'), { recursive: true });
  cli = path.join(tmp, 'clone/dist/cli.js');
  ws = path.join(tmp, 'ws');
  store = `dir:${path.join(tmp, 'store')}`;
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'a\n'.repeat(1000));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('--help lists every verb with its one line, and says what the exit codes mean', () => {
  const r = ci(['--help']);
  expect(r.code).toBe(0);
  for (const [name, verb] of Object.entries(commands)) {
    expect(r.stdout).toMatch(new RegExp(`^  ${name} +${verb.summary.replace(/[()]/g, '\\$&')}$`, 'm'));
  }
  expect(r.stdout).toContain('Exit codes: 0 done, 1 the operation failed or found a problem, 2 usage');
});

test("each verb's --help shows its options and an example that uses the verb", () => {
  for (const name of Object.keys(commands)) {
    const r = ci([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^usage: ci-recovery ${name}`));
    expect(r.stdout).toMatch(/^ {2}--[a-z-]+ /m);
    expect(r.stdout).toMatch(new RegExp(`^examples?:\\n {2}(\\S+=\\S+ )*ci-recovery ${name} `, 'm'));
  }
});

test('--version prints the version of package.json that was built into the bundle', () => {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  // The copy has no package.json beside it: the version comes from the bundle.
  expect(ci(['--version'])).toEqual({ code: 0, stdout: `ci-recovery ${version}\n`, stderr: '' });
  expect(JSON.parse(ci(['--version', '--json']).stdout)).toEqual({ version });
});

test('exit codes: 0 done, 1 the operation failed or found a problem, 2 the command line is wrong', () => {
  const cases: [string[], number][] = [
    [[], 2],
    [['bogus'], 2],
    [['classify'], 2],
    [['classify', log('d0060.log')], 0],
    [['classify', path.join(ws, 'missing.log')], 1],
    [['plan', '--type', 'nope'], 2],
    [['plan', '--type', 'network'], 0],
    [['lanes', '--pr', 'x'], 2],
    [['lanes', '--pr', '5'], 1], // no token in the environment: nothing wrong with the command line
    [['lanes'], 0],
    [['checkpoint', '--store', store, '--paths', 'src'], 2],
    [['restore', '--store', store], 1], // nothing to restore yet
    [['list', '--store', 'ftp:x'], 2],
    [['list', '--store', store], 0],
    [['validate', '--store', store, '--name', 'never-saved'], 1],
    [['cleanup', '--store', store, '--retention-days', 'soon'], 2],
  ];
  const seen = cases.map(([args]) => [args, ci(args).code]);
  expect(seen).toEqual(cases);
});

test('outside Actions the artifact store names the missing runtime token, not a permission', () => {
  const r = ci(['list', '--store', 'artifact']);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('works only inside a GitHub Actions job');
  expect(r.stderr).toContain('ACTIONS_RUNTIME_TOKEN');
  expect(r.stderr).not.toMatch(/permission/i);
});

test('with --json every error is one JSON object on stdout (with the exit code), and a line on stderr', () => {
  for (const [args, code] of [
    [['bogus', '--json'], 2],
    [['list', '--store', store, '--bogus', '--json'], 2],
    [['restore', '--store', store, '--json'], 1],
    [['list', '--store', 'artifact', '--json'], 1],
    [['plan', '--type', 'nope', '--json'], 2],
  ] as const) {
    const r = ci([...args]);
    expect(r.code).toBe(code);
    const parsed = JSON.parse(r.stdout) as { error: { message: string; exitCode: number } };
    expect(parsed.error.exitCode).toBe(code);
    expect(r.stderr).toContain(parsed.error.message);
  }
  // Per-file errors of classify keep their one-object-per-log form.
  const c = ci(['classify', '--json', path.join(ws, 'missing.log'), log('d0060.log')]);
  expect(c.code).toBe(1);
  const lines = c.stdout.trim().split('\n');
  expect(lines.map((l) => Object.keys(JSON.parse(l) as object)[1])).toEqual(['error', 'type']);
});

test("a config file's problems are one line each on stderr (not joined by a printed \\n), each inert", () => {
  const dir = mkdtempSync(path.join(tmp, 'bad-config-'));
  mkdirSync(path.join(dir, '.github'));
  writeFileSync(
    path.join(dir, '.github/ci-recovery.yml'),
    'classify:\n  rules: 5\n"::warning::x": 1\n"a\\nb": 2\n',
  );
  const r = spawnSync(process.execPath, [cli, 'classify', log('d0060.log')], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  expect(r.status).toBe(1);
  // Three problems, three lines; a line break inside one (a key's) is shown escaped, on its own line.
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(
    /^ci-recovery classify: \.github\/ci-recovery\.yml:2:\d+: classify\.rules must be a list/,
  );
  expect(lines[1]).toMatch(/^ {2}\.github\/ci-recovery\.yml:3:\d+: unknown key '::warning::x'/);
  expect(lines[2]).toMatch(/^ {2}\.github\/ci-recovery\.yml:4:\d+: unknown key 'a\\nb'/);
  // With --json the message keeps its line breaks as JSON does; nothing in it can start a workflow command.
  const json = spawnSync(process.execPath, [cli, 'classify', '--json', log('d0060.log')], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true' },
  });
  const parsed = JSON.parse(json.stdout) as { error: { message: string } };
  expect(parsed.error.message.split('\n')).toHaveLength(3);
  expect(json.stderr).not.toMatch(/^\s*::warning::/m);
});

/** Runs the CLI under a pseudo-terminal (util-linux `script`), returning everything the terminal saw. */
function onTerminal(args: string[]): string {
  const command = [process.execPath, cli, ...args].map((a) => `'${a}'`).join(' ');
  return execFileSync('script', ['-qfec', command, '/dev/null'], {
    cwd: ws,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
}

/** The progress lines drawn (each starts by returning to the line's start and clearing it). */
const drawn = (terminal: string): string[] => terminal.split('\r\x1b[K').slice(1);

test('progress (files, bytes, rate) on a terminal only: never through a pipe or with --json', () => {
  // The rate is left out of a line drawn at the very first byte (no time has passed); see the unit test.
  const progressLine = /^checkpoint: \d+ files, \d+(\.\d)? [KM]?i?B(, \d+(\.\d)? [KM]?i?B\/s)?$/;
  const saved = drawn(onTerminal(['checkpoint', '--store', store, '--name', 'tty', '--paths', 'src']));
  expect(saved[0]).toMatch(progressLine);
  const json = onTerminal(['checkpoint', '--store', store, '--name', 'tty-json', '--paths', 'src', '--json']);
  expect(json).not.toContain('\x1b[K');
  expect(JSON.parse(json.replace(/\r\n/g, '\n'))).toMatchObject({ id: 'tty-json' });
  const piped = ci(['checkpoint', '--store', store, '--name', 'piped', '--paths', 'src']);
  expect(piped.code).toBe(0);
  expect(piped.stderr).toBe('');
  writeFileSync(path.join(ws, 'src/a.txt'), 'changed\n');
  expect(drawn(onTerminal(['restore', '--store', store, '--name', 'tty']))[0]).toMatch(
    /^restore: \d+ files, \d/,
  );
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('a\n'.repeat(1000));
  expect(drawn(onTerminal(['validate', '--store', store]))[0]).toMatch(/^validate: 0\/3 checkpoints, /);
});

test('workflow-command guards only on a runner: a terminal sees the line as it is', () => {
  // A file name that reads as a workflow command when printed at the start of a line.
  const name = '::notice::pwned.log';
  writeFileSync(
    path.join(ws, name),
    'npm ERR! network request to https://registry.npmjs.org/x failed, reason: read ECONNRESET\n',
  );
  const laptop = ci(['classify', name]);
  expect(laptop.stdout).toMatch(/^::notice::pwned\.log: network /);
  expect(laptop.stdout + laptop.stderr).not.toContain('::stop-commands::');
  // Under Actions the same line is wrapped, so the runner shows it and never acts on it.
  const runner = ci(['classify', name], { GITHUB_ACTIONS: 'true' });
  expect(runner.stdout).toMatch(
    /^::stop-commands::(ci-recovery-[0-9a-f-]{36})\n::notice::pwned\.log: network [\s\S]*?\n::\1::$/m,
  );
});

test('on a Node without process.getBuiltinModule (before 20.16, 21, 22.0-22.2) every verb says which Node it needs, and nothing is saved', () => {
  // Node 20.10 and older lack it; the engine's workers need it, so a checkpoint failed half-way with a TypeError.
  const older = path.join(tmp, 'older-node.cjs');
  writeFileSync(older, 'delete process.getBuiltinModule;\n');
  const oldStore = path.join(tmp, 'old-node-store');
  for (const args of [
    ['checkpoint', '--store', `dir:${oldStore}`, '--name', 'old-node', '--paths', 'src'],
    ['classify', log('d1447.log')],
  ]) {
    const r = ci(args, { NODE_OPTIONS: `--require ${older}` });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^ci-recovery: Node\.js v\d+\.\d+\.\d+ lacks process\.getBuiltinModule: this CLI needs Node\.js 20\.16\+ or 22\.3\+; install one/,
    );
  }
  expect(existsSync(oldStore)).toBe(false);
  expect(ci(['--version'], { NODE_OPTIONS: `--require ${older}` }).code).toBe(0);
});
