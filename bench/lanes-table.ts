/**
 * What the keyword automaton's table layout costs the search (docs/benchmarks.md, round five):
 *   npx tsx bench/lanes-table.ts LOG [ROUNDS]   (a plain log; 7 rounds unless told)
 * A two-lane loop like lanes.wat's over the log's 256 KB chunks, in process, with the scanner's int32 table, its
 * rows in breadth-first order, the same table as int16 row indices (a multiply per byte) and as int16 rows padded
 * to 128 entries (a shift). Events are counted, not recorded, and ESC is read as a move to the root: a measurement
 * of the loop's CPU, not the scanner's events (classify-lanes.test.ts checks those).
 */
import { readFileSync } from 'node:fs';
import wabt from 'wabt';
import { defaultRuleSet } from '../src/core/classify/index.js';

const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx bench/lanes-table.ts LOG [ROUNDS] (a plain log)');
const log = readFileSync(file);
const ROUNDS = Number(process.argv[3] ?? 7);
const { table, classes, stride } = defaultRuleSet().automaton;
const rows = table.length / stride;
console.log('states', rows, 'stride', stride, 'table MB', ((table.length * 4) / 2 ** 20).toFixed(2));

// Breadth-first order from the root over the move entries.
function bfsOrder(): Int32Array {
  const order = new Int32Array(rows).fill(-1);
  const queue = [0];
  order[0] = 0;
  let n = 1;
  for (let q = 0; q < queue.length; q++) {
    const r = queue[q] as number;
    for (let c = 0; c < stride; c++) {
      const x = table[r * stride + c] as number;
      const off = x >= 0 ? x : x <= -3 ? ~x : -1;
      if (off < 0) continue;
      const t = off / (stride * 4);
      if (order[t] === -1) {
        order[t] = n++;
        queue.push(t);
      }
    }
  }
  for (let r = 0; r < rows; r++) if (order[r] === -1) order[r] = n++;
  return order;
}
const order = bfsOrder();
const bfs = new Int32Array(table.length);
const remap = (x: number): number => {
  if (x >= 0) return (order[x / (stride * 4)] as number) * stride * 4;
  if (x >= -2) return x;
  return ~((order[~x / (stride * 4)] as number) * stride * 4);
};
for (let r = 0; r < rows; r++)
  for (let c = 0; c < stride; c++)
    bfs[(order[r] as number) * stride + c] = remap(table[r * stride + c] as number);
let collide = 0;
const t16 = new Int16Array(table.length);
for (let i = 0; i < table.length; i++) {
  const x = table[i] as number;
  const v = x >= 0 ? x / (stride * 4) : x >= -2 ? x : ~(~x / (stride * 4));
  if (x < -2 && v >= -2) collide++;
  t16[i] = v;
}
console.log('int16 keyword-end entries that collide with -1/-2:', collide);

const t16pad = new Int16Array(rows * 128);
for (let r = 0; r < rows; r++)
  for (let c = 0; c < stride; c++) t16pad[r * 128 + c] = t16[r * stride + c] as number;

function wat(wide: boolean, pad = false): string {
  const load = (s: string, p: string): string =>
    pad
      ? `(i32.load16_s (i32.add (i32.shl (local.get ${s}) (i32.const 8)) (i32.load (i32.add (local.get $cls) (i32.shl (i32.load8_u (local.get ${p})) (i32.const 2))))))`
      : wide
        ? `(i32.load (i32.add (local.get ${s}) (i32.load (i32.add (local.get $cls) (i32.shl (i32.load8_u (local.get ${p})) (i32.const 2))))))`
        : `(i32.load16_s (i32.add (i32.mul (local.get ${s}) (i32.const ${stride * 2})) (i32.load (i32.add (local.get $cls) (i32.shl (i32.load8_u (local.get ${p})) (i32.const 2))))))`;
  const step = (x: string, s: string, p: string): string => `
      (if (i32.ge_s (local.get ${x}) (i32.const 0)) (then (local.set ${s} (local.get ${x})))
        (else (if (i32.ge_s (local.get ${x}) (i32.const -2)) (then (local.set ${s} (i32.const 0)))
          (else (global.set $n (i32.add (global.get $n) (i32.const 1))) (local.set ${s} (i32.xor (local.get ${x}) (i32.const -1)))))))
      (local.set ${p} (i32.add (local.get ${p}) (i32.const 1)))`;
  return `(module (memory (export "memory") 1) (global $n (export "n") (mut i32) (i32.const 0))
  (func (export "lanes") (param $i i32) (param $mid i32) (param $end i32) (param $cls i32)
    (local $j i32) (local $s i32) (local $t i32) (local $x i32) (local $y i32)
    (local.set $j (local.get $mid))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $mid)))
      (br_if $done (i32.ge_u (local.get $j) (local.get $end)))
      (local.set $x ${load('$s', '$i')})
      (local.set $y ${load('$t', '$j')})
      (if (i32.ge_s (i32.or (local.get $x) (local.get $y)) (i32.const 0))
        (then (local.set $s (local.get $x)) (local.set $t (local.get $y))
          (local.set $i (i32.add (local.get $i) (i32.const 1))) (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $next)))
      ${step('$x', '$s', '$i')}
      ${step('$y', '$t', '$j')}
      (br $next)))))`;
}

/** What this uses of the WebAssembly API (the project's TypeScript libs do not declare it; wasm-lanes.ts). */
interface LoopExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  n: { value: number };
  lanes: (i: number, mid: number, end: number, cls: number) => void;
}
const wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object) => { exports: unknown };
    };
  }
).WebAssembly;

const tools = await wabt();
const CHUNK = 256 << 10;
function kernel(wide: boolean, tab: Int32Array | Int16Array, pad = false): () => [number, number] {
  const m = tools.parseWat('x.wat', wat(wide, pad));
  const bin = m.toBinary({}).buffer;
  const exports = new wasm.Instance(new wasm.Module(new Uint8Array(bin))).exports as LoopExports;
  const mem = exports.memory;
  const tb = tab.byteLength;
  const cls = tb;
  const data = cls + 1024;
  mem.grow(Math.ceil((data + CHUNK) / 65536));
  new Uint8Array(mem.buffer).set(new Uint8Array(tab.buffer, tab.byteOffset, tb), 0);
  const colw = wide ? 4 : 2;
  const cols = new Int32Array(mem.buffer, cls, 256);
  for (let b = 0; b < 256; b++) cols[b] = (classes[b] as number) * colw;
  const { lanes } = exports;
  const { n } = exports;
  return () => {
    n.value = 0;
    const t0 = process.cpuUsage();
    const bytes = new Uint8Array(mem.buffer, data, CHUNK);
    for (let o = 0; o < log.length; o += CHUNK) {
      const len = Math.min(CHUNK, log.length - o);
      bytes.set(log.subarray(o, o + len));
      lanes(data, data + (len >> 1), data + len, cls);
    }
    const u = process.cpuUsage(t0);
    return [(u.user + u.system) / 1000, n.value];
  };
}
const kernels = {
  int32: kernel(true, table),
  int32bfs: kernel(true, bfs),
  int16: kernel(false, t16),
  int16pad: kernel(false, t16pad, true),
};
const times: Record<string, number[]> = {};
for (let r = 0; r < ROUNDS; r++)
  for (const [name, run] of Object.entries(kernels)) {
    const [ms, n] = run();
    (times[name] ??= []).push(ms);
    if (r === 0) console.log(name, 'keyword ends', n);
  }
for (const [name, ms] of Object.entries(times)) {
  const s = [...ms].sort((a, b) => a - b);
  console.log(
    name,
    'median',
    s[s.length >> 1]?.toFixed(0),
    'ms',
    'all',
    ms.map((x) => x.toFixed(0)).join(' '),
  );
}
