/**
 * The laptop CLI echoes nothing raw (issue 42, finding 9): a store's text in `list`, arguments in error
 * messages, and `--stage` with a line break is a usage error naming the flag. Run in-process, off a runner
 * (no workflow-command guard), as on a terminal.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { openStore, saveCheckpoint } from '../../src/checkpoint/adapters/index.js';
import { run } from '../../src/actions/cli.js';
import { encodeManifest, parseManifest } from '../../src/checkpoint/index.js';

const PLANTED = 'build\n::error title=x::planted\u001b[31m\r::add-mask::y';
let tmp: string;
let storeDir: string;
let saved: NodeJS.ProcessEnv;

beforeEach(async () => {
  saved = { ...process.env };
  delete process.env.GITHUB_ACTIONS;
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cli-echoes-'));
  storeDir = path.join(tmp, 'store');
  const ws = path.join(tmp, 'ws');
  mkdirSync(ws);
  writeFileSync(path.join(ws, 'a.txt'), 'a\n');
  const store = await openStore(`dir:${storeDir}`);
  const meta = { stage: 'build', job: 'cli', runId: 'local', attempt: 1, completedStages: [] };
  await saveCheckpoint({ store, workspace: ws, paths: ['.'], id: 'c1', meta });
  // Someone who can write the store rewrites the manifest's text fields.
  const file = path.join(storeDir, 'c1.manifest.json');
  const m = parseManifest(readFileSync(file, 'utf8'), file);
  writeFileSync(file, encodeManifest({ ...m, stage: PLANTED, createdAt: `2026\n::warning::late` }).stored);
});

afterEach(() => {
  process.env = saved;
  process.exitCode = undefined;
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs the CLI and returns what it wrote to stdout and stderr. */
async function cli(argv: string[]): Promise<{ code: number | undefined; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    await run(argv);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = typeof process.exitCode === 'number' ? process.exitCode : undefined;
  process.exitCode = undefined;
  return { code, out, err };
}

const noCommandLine = (text: string): void => {
  for (const line of text.split(/\r?\n|\r/)) expect(line.trimStart().startsWith('::')).toBe(false);
  expect(text).not.toContain('\u001b');
  expect(text).not.toContain('\r');
};

test("list prints a manifest's stage and time as one inert line each", async () => {
  const r = await cli(['list', '--store', `dir:${storeDir}`]);
  expect(r.code).toBe(0);
  const lines = r.out.trimEnd().split('\n');
  expect(lines).toHaveLength(2); // the header and one row: no row forged by a line break
  expect(lines[1]).toContain('build\\n::error title=x::planted\\u001b[31m\\r::add-mask::y');
  expect(lines[1]).toContain('2026\\n::warning::late');
  noCommandLine(r.out);
});

test('--stage with a line break is a usage error naming the flag, echoed inert', async () => {
  const r = await cli([
    'checkpoint',
    '--store',
    `dir:${storeDir}`,
    '--name',
    'c2',
    '--paths',
    '.',
    '--cwd',
    path.join(tmp, 'ws'),
    '--stage',
    'build\n::error::x',
  ]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/--stage 'build\\n::error::x' is not a valid stage name: it holds a line break/);
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  noCommandLine(r.err);
});

test('error messages echo arguments in one inert line', async () => {
  for (const argv of [
    ['list', '--store', 'nowhere\n::error::x'],
    ['list', '--bogus\n::add-mask::x'],
    ['list', 'extra\n\u001b[2J::error::x'],
    ['checkpoint', '--name', 'a\n::error::x'],
    ['restore', '--store', `dir:${storeDir}`, '--name', 'none\n::error::x', '--dest', path.join(tmp, 'd')],
  ]) {
    const r = await cli(argv);
    expect(r.code).not.toBe(0);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    noCommandLine(r.err);
  }
});

/** Every line the CLI wrote starts as one of ours: an argument's line break never starts a line of its own. */
const ownLines = (text: string, count: number): void => {
  expect(text.trimEnd().split('\n')).toHaveLength(count);
  noCommandLine(text);
};

test('classify names a log file whose name holds a line break in one inert line, on stdout and on stderr', async () => {
  const log = path.join(tmp, 'a\n::error::b.log');
  writeFileSync(log, 'error: x\n');
  const found = await cli(['classify', log]);
  expect(found.code).toBe(0);
  expect(found.out.split('\n')[0]).toContain('a\\n::error::b.log: ');
  noCommandLine(found.out);
  const missing = await cli(['classify', path.join(tmp, 'nope\n::error::b.log')]);
  expect(missing.code).toBe(1);
  expect(missing.err).toContain('nope\\n::error::b.log');
  ownLines(missing.err, 1);
});

test('lanes prints --base with a line break in its one line', async () => {
  const cwd = process.cwd();
  process.chdir(tmp); // not a git work tree: the change is unknown, and the base is still echoed
  try {
    const r = await cli(['lanes', '--base', 'main\n::error::x']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('base main\\n::error::x');
    ownLines(r.out, 1);
  } finally {
    process.chdir(cwd);
  }
});

test("plan prints --failed-test, --test-history and checkpoint's unmatched --paths inert, one line each", async () => {
  const history = path.join(tmp, 'h\n::error::x.json');
  writeFileSync(history, '{"version":99}');
  const r = await cli([
    'plan',
    '--type',
    'test',
    '--failed-test',
    'x\n::error::y',
    '--test-history',
    history,
  ]);
  expect(r.code).toBe(0);
  expect(r.out).toContain('test:     x\\n::error::y: not in the history');
  ownLines(r.out, 8); // the 7 facts of a test failure and the test
  expect(r.err).toContain('h\\n::error::x.json');
  ownLines(r.err, 1);
  const c = await cli([
    'checkpoint',
    '--store',
    `dir:${storeDir}`,
    '--name',
    'c3',
    '--paths',
    'a.txt',
    'gone\n::error::x',
    '--cwd',
    path.join(tmp, 'ws'),
  ]);
  expect(c.code).toBe(0);
  expect(c.err).toContain('gone\\n::error::x');
  ownLines(c.err, 1);
});
