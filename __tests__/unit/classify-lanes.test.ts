/**
 * The keyword automaton's byte loop in WebAssembly (lanes.wat) against the same loop in JavaScript, the
 * reference: the same events (line feeds and keyword ends, in order, at the same byte) and the same states
 * after any window, including colour codes cut by a window's edge, a window of line feeds only (more events
 * than the WebAssembly lanes have room for: it runs in JavaScript), and both lanes at once. And the committed
 * module is what lanes.wat assembles to.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRuleSet } from '../../src/core/classify/index.js';
import { jsKernel, Lane } from '../../src/core/classify/keyword-lanes.js';
import type { LaneKernel } from '../../src/core/classify/keyword-lanes.js';
import { wasmKernel, webAssembly, WINDOW } from '../../src/core/classify/wasm-lanes.js';
import { assembleLanes } from '../../scripts/wasm.js';

const automaton = defaultRuleSet().automaton;
const { table } = automaton;

/** Runs a kernel over `text` in windows of `size`, splitting each at its middle line start as the scanner does. */
function events(kernel: LaneKernel, bytes: Uint8Array, size: number, split: boolean): number[] {
  const a = new Lane();
  const b = new Lane();
  const out: number[] = [];
  for (let from = 0; from < bytes.length; from += size) {
    const end = Math.min(bytes.length, from + size);
    const cut = split ? bytes.indexOf(10, from + ((end - from) >> 1)) + 1 : 0;
    const mid = cut > 0 && cut < end ? cut : 0;
    b.state = 0;
    b.escape = 0;
    kernel.run(bytes, a, b, from, mid, end);
    for (const v of a.events.subarray(0, a.count)) out.push(v);
    out.push(-9, a.state, a.escape);
    a.count = 0;
    if (mid > 0) {
      for (const v of b.events.subarray(0, b.count)) out.push(v);
      out.push(-8, b.state, b.escape);
      a.state = b.state;
      a.escape = b.escape;
      b.count = 0;
    }
  }
  return out;
}

/** A log-like text: keywords of the rules, colour codes (some cut short), long and empty lines, UTF-8. */
function sample(seed: number, bytes: number): Uint8Array {
  let x = seed;
  const next = (n: number): number => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  const pieces = [
    'npm ERR! code ECONNRESET',
    '\x1b[31merror\x1b[0m: expected',
    '\x1b[',
    '\x1b[1;',
    // tput sgr0's ECMA-35 designation before its CSI, and one cut short (skipEscape's state 3).
    'Error\x1b(B\x1b[m: could not',
    '\x1b(',
    '\x1b( ',
    // String sequences: an OSC 8 link ended by ST (read as BEL, TERMINATED) or BEL, a bare ST, a lone ESC.
    ' - \x1b]8;;https://x.y/z\x1b\\error: x',
    '\x1b]0;title\x07',
    '\x1b\\',
    '\x1b',
    'FAILED tests/test_x.py::test_y',
    '##[error]Process completed with exit code 1.',
    'No space left on device',
    'Résumé — ✓ passed',
    '\n',
    '\n\n\n',
    ' ',
    'make: *** [test] Error 1',
  ];
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const piece = pieces[next(pieces.length)] ?? '';
    parts.push(piece);
    length += Buffer.byteLength(piece);
  }
  return Buffer.from(parts.join('')).subarray(0, bytes);
}

/**
 * The two event lists are equal. They hold a hundred thousand numbers: jest's deep equality takes seconds
 * on them, so compare them here and show jest only the neighbourhood of the first difference.
 */
function expectSameEvents(got: number[], want: number[]): void {
  let at = 0;
  while (at < got.length && at < want.length && got[at] === want[at]) at++;
  if (at === got.length && at === want.length) return;
  const around = (list: number[]): unknown => ({
    at,
    length: list.length,
    events: list.slice(Math.max(0, at - 6), at + 6),
  });
  expect(around(got)).toEqual(around(want));
}

const describeIfWasm = webAssembly ? describe : describe.skip;

describeIfWasm('the WebAssembly byte loop', () => {
  // The rule set's own table lives in a kernel's memory already; each test makes a kernel of its own.
  const wasm = (): LaneKernel => wasmKernel({ ...automaton, table: Int32Array.from(table) }, webAssembly!);

  test.each([1, 2, 3, 4, 5])('records what the JavaScript loop records (seed %i)', (seed) => {
    const bytes = sample(seed, 300_000);
    for (const [size, split] of [
      [WINDOW, true],
      [WINDOW, false],
      [4093, true],
      [97, false],
    ] as const) {
      expectSameEvents(events(wasm(), bytes, size, split), events(jsKernel(automaton), bytes, size, split));
    }
  });

  test('a window of line feeds only has more events than its lanes hold, and comes out the same', () => {
    const bytes = Buffer.alloc(WINDOW, 10);
    const result = events(wasm(), bytes, WINDOW, true);
    expectSameEvents(result, events(jsKernel(automaton), bytes, WINDOW, true));
    expect(result.length).toBeGreaterThan(2 * WINDOW);
  });
});

test("the rule set's table is built in a kernel's memory where WebAssembly runs, once", () => {
  // The table is megabytes: a copy beside it raised the peak RSS of a 50 MB log by 6 MB.
  if (webAssembly) expect(table.buffer.byteLength).toBeGreaterThan(table.byteLength);
});

test('the committed module is what lanes.wat assembles to (else: npm run wasm)', async () => {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/core/classify');
  const text = readFileSync(path.join(dir, 'lanes.wat'), 'utf8');
  expect(readFileSync(path.join(dir, 'lanes-wasm.ts'), 'utf8')).toBe(await assembleLanes(text));
});
