/**
 * A save, restore or validation runs with V8's optimizing compiler (TurboFan) off, and the process gets it
 * back once none runs (heap.ts withoutOptimizingCompiler). Seen from V8 itself: a hot function's
 * optimization status, read with natives syntax in a Node 24 child, as the action runs.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { standNode } from '../../stand/services/node24.js';
import { repoRoot } from '../../stand/services/paths.js';

const heap = path.join(repoRoot, 'src/checkpoint/adapters/heap.ts');

/** V8's OptimizationStatus bits (src/runtime/runtime.h): optimized by Maglev, by TurboFan. */
const MAGLEVVED = 1 << 5;
const TURBOFANNED = 1 << 6;

const script = `
import { withoutOptimizingCompiler } from ${JSON.stringify(heap)};
const status = new Function('f', 'return %GetOptimizationStatus(f)');
// A fresh function each time, hot enough that V8 optimizes it at once (recompilation is not concurrent);
// its text differs each time, as V8 would otherwise hand back the code it compiled for the same text.
let made = 0;
const make = () => new Function('x', 'let s = ' + made++ + '; for (let i = 0; i < 50; i++) s += (x ^ i) & 7; return s;');
const heat = (f) => { for (let i = 0; i < 200000; i++) f(i); return status(f); };
const before = heat(make());
const inside = await withoutOptimizingCompiler(async () => heat(make()));
const nested = await withoutOptimizingCompiler(async () => {
  await withoutOptimizingCompiler(async () => undefined);
  return heat(make());
});
const failed = await withoutOptimizingCompiler(async () => { throw new Error('the work failed'); }).catch((e) => e.message);
const after = heat(make());
console.log(JSON.stringify({ before, inside, nested, failed, after }));
`;

describe('checkpoint work runs without the optimizing compiler', () => {
  it('turns TurboFan off for the work (nested too) and back on after it, failed or not', () => {
    const out = execFileSync(
      standNode(),
      [
        '--allow-natives-syntax',
        '--no-concurrent-recompilation',
        '--import',
        'tsx',
        '--input-type=module',
        '--eval',
        script,
      ],
      { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 },
    );
    const s = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number | string>;
    // The probe is real: outside the work, the hot function reaches TurboFan.
    expect((s.before as number) & TURBOFANNED).toBe(TURBOFANNED);
    // Inside, it stops at Maglev; a nested call leaves it off for the outer one.
    expect((s.inside as number) & (TURBOFANNED | MAGLEVVED)).toBe(MAGLEVVED);
    expect((s.nested as number) & (TURBOFANNED | MAGLEVVED)).toBe(MAGLEVVED);
    // A failure passes through, and the process has TurboFan back.
    expect(s.failed).toBe('the work failed');
    expect((s.after as number) & TURBOFANNED).toBe(TURBOFANNED);
  }, 60_000);
});
