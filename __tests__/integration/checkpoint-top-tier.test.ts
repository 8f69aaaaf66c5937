/**
 * A process that ends after its save or restore leaves V8's TurboFan out (heap.ts leaveTopTierOut): the CLI's
 * `checkpoint` and `restore` verbs (and the checkpoint/ and restore/ steps, through the same call in
 * actions/checkpoint-ports.ts). Never turned back on: that crashes a process started with --jitless. Seen in
 * processes of their own through V8's `--trace-opt`, which prints each function's finished compilation.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { repoRoot } from '../../stand/services/paths.js';

const run = promisify(execFile);
const heap = pathToFileURL(path.join(repoRoot, 'src/checkpoint/adapters/heap.ts')).href;
const COMPILED = /completed compiling \S+ <JSFunction (\w+) [^>]*> \(target (\w+)\)/g;

/** Makes a function named `name` hot, long enough for V8 to finish its compilations. */
const HOT = `
  const hot = async (name) => {
    const f = new Function(\`return function \${name}(n) {
      let s = 0; for (let i = 0; i < n; i++) s = (s + i * 7) % 1000003; return s;
    }\`)();
    for (let round = 0; round < 20; round++) {
      for (let i = 0; i < 5000; i++) f(100);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };`;

/** The tiers V8 finished compiling each named function to, in `stdout` of a `--trace-opt` process. */
function tiersOf(stdout: string): Map<string, string[]> {
  const tiers = new Map<string, string[]>();
  for (const m of stdout.matchAll(COMPILED)) tiers.set(m[1]!, [...(tiers.get(m[1]!) ?? []), m[2]!]);
  return tiers;
}

/** Runs `body` (an ES module, leaveTopTierOut and `hot` in scope) in a node of its own. */
async function inProcess(body: string, nodeOptions = ''): Promise<{ code: number; stdout: string }> {
  const script = `const { leaveTopTierOut } = await import(${JSON.stringify(heap)});\n${HOT}\n${body}`;
  try {
    const { stdout } = await run(
      process.execPath,
      ['--trace-opt', '--import', 'tsx', '--input-type=module', '--eval', script],
      { cwd: repoRoot, env: { ...process.env, NODE_OPTIONS: nodeOptions }, maxBuffer: 64 << 20 },
    );
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code?: number; signal?: string; stdout?: string };
    return { code: e.signal ? 128 : (e.code ?? 1), stdout: e.stdout ?? '' };
  }
}

test('once left out, TurboFan stays out: a function made hot after it stays at Maglev', async () => {
  const { code, stdout } = await inProcess(`await hot('before'); leaveTopTierOut(); await hot('after');`);
  expect(code).toBe(0);
  const tiers = tiersOf(stdout);
  // the control: without the call this process does use TurboFan
  expect(tiers.get('before')).toContain('TURBOFAN_JS');
  expect(tiers.get('after')).toContain('MAGLEV');
  expect(tiers.get('after')).not.toContain('TURBOFAN_JS');
});

test('a process started with --jitless (allowed in NODE_OPTIONS) survives it and its hot code after', async () => {
  // Turning TurboFan back on in such a process ends it with SIGSEGV once code gets hot.
  const { code } = await inProcess(
    `leaveTopTierOut(); await hot('after'); console.log('done');`,
    '--jitless',
  );
  expect(code).toBe(0);
});

test("the CLI's checkpoint and restore run without TurboFan: the engine's per-file functions stay at Maglev", async () => {
  // 10,000 files: enough that a CLI without leaveTopTierOut compiles a dozen of the engine's per-file
  // functions with TurboFan (checked with each call removed in turn).
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'top-tier-'));
  try {
    const ws = path.join(tmp, 'ws');
    for (let d = 0; d < 100; d++) {
      mkdirSync(path.join(ws, `d${d}`), { recursive: true });
      for (let f = 0; f < 100; f++) writeFileSync(path.join(ws, `d${d}`, `f${f}.js`), 'x'.repeat(f));
    }
    const store = `dir:${path.join(tmp, 'store')}`;
    const cli = async (args: string[]) => {
      const env = { PATH: process.env.PATH ?? '', HOME: tmp, NODE_OPTIONS: '' };
      const { stdout } = await run(
        process.execPath,
        ['--trace-opt', path.join(repoRoot, 'dist/cli.js'), ...args],
        {
          cwd: ws,
          env,
          maxBuffer: 64 << 20,
        },
      );
      return stdout;
    };
    const saved = await cli(['checkpoint', '--store', store, '--name', 'cp', '--paths', '.']);
    mkdirSync(path.join(ws, 'back'));
    const restored = await cli(['restore', '--store', store, '--name', 'cp', '--dest', 'back']);
    const engine = new Set([
      ...[
        'walkTree',
        'walkEntry',
        'scanEntries',
        'plan',
        'storePlanned',
        'packEntry',
        'addFile',
        'packInPlace',
      ],
      ...['encodeHeader', 'writeUstar', 'writeOctal', 'changedIndices', 'archivesNeeded', 'fileTotals'],
      ...[
        'decodeHeader',
        'readNumber',
        'stageEntries',
        'StagedFile',
        'sinkFor',
        'placeStaged',
        'finishModes',
      ],
    ]);
    const tiers = [...(saved + restored).matchAll(COMPILED)]
      .filter(([, name]) => engine.has(name!))
      .map(([, name, tier]) => `${name} ${tier}`);
    // they did get hot enough to be optimized, and stayed at Maglev
    expect(tiers.length).toBeGreaterThan(0);
    expect(tiers.filter((t) => t.endsWith('TURBOFAN_JS'))).toEqual([]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
