/**
 * The keyword automaton's byte loop in WebAssembly (lanes.wat, assembled into lanes-wasm.ts): the loops of
 * keyword-lanes.ts, event for event, at about four fifths of their CPU time. The rule set's table is built
 * straight into the kernel's memory (lanesTable), so the megabytes of it exist once.
 */
import type { ByteTable, LaneKernel } from './keyword-lanes.js';
import { jsKernel, Lane } from './keyword-lanes.js';
import { LANES_WASM } from './lanes-wasm.js';

/** Bytes the scanner reads through the automaton at a time (its window). */
export const WINDOW = 256 << 10;

/** What the kernel uses of the WebAssembly API (the project's TypeScript libs do not declare it). */
interface WasmGlobal {
  value: number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
export const webAssembly = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

interface LanesExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  lane: (
    p: number,
    end: number,
    s: number,
    e: number,
    w: number,
    limit: number,
    delta: number,
    cls: number,
  ) => number;
  lanes: (
    i: number,
    mid: number,
    end: number,
    wa: number,
    wb: number,
    la: number,
    lb: number,
    delta: number,
    cls: number,
  ) => void;
  overflow: WasmGlobal;
  stateA: WasmGlobal;
  escA: WasmGlobal;
  stateB: WasmGlobal;
  escB: WasmGlobal;
  outA: WasmGlobal;
  outB: WasmGlobal;
}

let lanesModule: object | undefined;

/**
 * Events room per lane, in pairs: a window whose lane records more (a line every few bytes) runs in
 * JavaScript instead. Room for one per byte would cost 4 MB of memory beside the table for nothing.
 */
const WASM_EVENTS = 64 << 10;

/** The byte columns' room after the table: an int32 per byte. */
const COLUMNS = 256 * 4;

/** A kernel's instance with room for a table of `length` entries, its byte columns, a window and both lanes' events. */
function instantiate(api: WasmApi, length: number): LanesExports {
  lanesModule ??= new api.Module(Buffer.from(LANES_WASM, 'base64'));
  const x = new api.Instance(lanesModule).exports as LanesExports;
  const need = length * 4 + COLUMNS + WINDOW + 16 * WASM_EVENTS;
  x.memory.grow(Math.ceil(need / 65536) - x.memory.buffer.byteLength / 65536);
  return x;
}

/** Instances whose memory holds a table made by lanesTable, by that table. */
const instances = new WeakMap<Int32Array, LanesExports>();

/** Room for a scanner table of `length` entries: in a kernel's memory where the runtime has WebAssembly. */
export function lanesTable(length: number, api: WasmApi | undefined = webAssembly): Int32Array {
  if (!api) return new Int32Array(length);
  const x = instantiate(api, length);
  const table = new Int32Array(x.memory.buffer, 0, length);
  instances.set(table, x);
  return table;
}

/**
 * The same loops in WebAssembly (lanes.wat), over a memory holding the table, one window's bytes and both
 * lanes' events: the window is copied in, and each lane's events are read where the loop wrote them.
 */
export function wasmKernel(byteTable: ByteTable, api: WasmApi): LaneKernel {
  const { table, classes } = byteTable;
  let x = instances.get(table);
  let own = table;
  if (!x) {
    // A table made elsewhere (a rule set built by hand): copied into a kernel of its own.
    x = instantiate(api, table.length);
    own = new Int32Array(x.memory.buffer, 0, table.length);
    own.set(table);
  }
  const cls = table.length * 4;
  const columns = new Int32Array(x.memory.buffer, cls, 256);
  for (let b = 0; b < 256; b++) columns[b] = (classes[b] as number) * 4;
  const bytesAt = cls + COLUMNS;
  const eventsA = bytesAt + WINDOW;
  const eventsB = eventsA + 8 * WASM_EVENTS;
  const buffer = x.memory.buffer;
  const js = jsKernel({ table: own, classes, stride: byteTable.stride });
  const window = new Uint8Array(buffer, bytesAt, WINDOW);
  const take = (lane: Lane, at: number, out: number): void => {
    lane.events = new Int32Array(buffer, at, (out - at) >> 2);
    lane.count = lane.events.length;
  };
  return {
    run(chunk, a, b, from, mid, end) {
      if (end - from > WINDOW || a.count !== 0 || b.count !== 0) {
        js.run(chunk, a, b, from, mid, end);
        return;
      }
      window.set(chunk.subarray(from, end));
      const delta = from - bytesAt;
      const limitA = eventsA + 8 * WASM_EVENTS;
      const limitB = eventsB + 8 * WASM_EVENTS;
      x.stateA.value = a.state;
      x.escA.value = a.escape;
      x.overflow.value = 0;
      let outA: number;
      if (mid > 0) {
        x.lanes(
          bytesAt,
          bytesAt + (mid - from),
          bytesAt + (end - from),
          eventsA,
          eventsB,
          limitA,
          limitB,
          delta,
          cls,
        );
        outA = x.outA.value;
      } else {
        outA = x.lane(bytesAt, bytesAt + (end - from), a.state, a.escape, eventsA, limitA, delta, cls);
      }
      if (x.overflow.value !== 0) {
        js.run(chunk, a, b, from, mid, end);
        return;
      }
      take(a, eventsA, outA);
      if (mid > 0) {
        take(b, eventsB, x.outB.value);
        b.state = x.stateB.value;
        b.escape = x.escB.value;
      }
      a.state = x.stateA.value;
      a.escape = x.escA.value;
    },
  };
}

const kernels = new WeakMap<Int32Array, LaneKernel>();

/**
 * The byte loop for a scanner table: WebAssembly where the runtime has it, the same loop in JavaScript
 * otherwise. One per table, made on first use.
 */
export function kernelFor(byteTable: ByteTable): LaneKernel {
  let kernel = kernels.get(byteTable.table);
  if (!kernel) {
    kernel = webAssembly ? wasmKernel(byteTable, webAssembly) : jsKernel(byteTable);
    kernels.set(byteTable.table, kernel);
  }
  return kernel;
}
