// Loaded at their first use, not with this file: the cache transfer's chunk holds it, and main and post of
// every job load that chunk for the ledger's and the flaky history's reads, which set no flag (node:v8 alone
// costs them ~2 ms of CPU to load).
const v8 = (): typeof import('node:v8') => process.getBuiltinModule('node:v8');
const vm = (): typeof import('node:vm') => process.getBuiltinModule('node:vm');

let applied = false;

/**
 * Keeps V8's young generation at its starting size for the rest of the process. A checkpoint streams
 * hundreds of megabytes and makes tens of thousands of short-lived objects; under that allocation rate V8
 * keeps doubling the young generation, and the process ends up ~80 MB larger for no measurable gain in
 * speed: a dir-store restore of 40,000 files / 574 MiB peaked at 240-256 MB without it and 162-166 MB with
 * it, CPU time within noise (three runs each, the flag set through `node --import`, Node 24).
 * The growth factor is read at each scavenge, so setting it after start-up takes effect.
 */
export function keepYoungGenerationSmall(): void {
  if (applied) return;
  applied = true;
  v8().setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Whether leaving TurboFan out keeps hot code at Maglev. Maglev runs by default from Node 22 (V8 12);
 * Node 20 has it off, and there `--no-turbofan` would leave the save's hot loops in the baseline tier.
 */
export function maglevRuns(nodeVersion: string, execArgv: readonly string[]): boolean {
  const major = Number(/^v?(\d+)\./.exec(nodeVersion)?.[1] ?? 0);
  return major >= 22 && !execArgv.includes('--no-maglev');
}

/**
 * Leaves V8's optimizing compiler (TurboFan) out for the rest of the process: functions that get hot stay
 * at Maglev, the tier below. For a process that ends after one save or restore (the CLI's `checkpoint` and
 * `restore`, the `checkpoint/` and `restore/` steps): such a process makes hundreds of functions hot at
 * once (its own, node's streams, fs and HTTP), and TurboFan compiled 74 of them during a restore of 20,000
 * files, ~0.2 s of a V8 thread's CPU, for code that then ran about a second (docs/benchmarks.md, "A full
 * checkpoint's CPU"). Never turned back on, and not used where the process goes on (`run/`, main, post):
 * turning TurboFan on at run time crashes a process started with `--jitless`, which NODE_OPTIONS allows.
 */
export function leaveTopTierOut(): void {
  if (maglevRuns(process.version, process.execArgv)) v8().setFlagsFromString('--no-turbofan');
}

type Collect = (options: { type: 'minor' | 'major' }) => void;
let gcFunction: Collect | null | undefined;

/** V8's own `gc`, or null where it cannot be had. */
function exposedGc(): Collect | null {
  if (gcFunction !== undefined) return gcFunction;
  try {
    // The flag puts `gc` into contexts made after it is set; this process's own stays as it was.
    v8().setFlagsFromString('--expose-gc');
    const gc = vm().runInNewContext('gc') as Collect | undefined;
    gcFunction = typeof gc === 'function' ? gc : null;
  } catch {
    // gc not exposed (no --expose-gc): the heap is left to V8
    gcFunction = null;
  }
  return gcFunction;
}

/** V8's collector, asked for the young generation only; null where it cannot be had. */
export function youngCollector(): (() => void) | null {
  const gc = exposedGc();
  return gc && (() => gc({ type: 'minor' }));
}

/**
 * Below this many entries a manifest leaves too little behind for a full collection to pay: its download
 * and text are a few MB at most (a 40,000-entry manifest is ~6 MB), and on a fresh process's heap each
 * forced mark-compact cost 13-39 ms of CPU, two of them ~15 % of a one-file restore's (docs/benchmarks.md,
 * "A full restore's wall time against its CPU"). Past it the collections below keep the peak down.
 */
export const COLLECT_FROM_ENTRIES = 5_000;

/**
 * One full collection, between phases of a restore of `entries` entries, when there are at least
 * COLLECT_FROM_ENTRIES of them. After the restore is planned, before the download:
 * parsing the manifest leaves its text and raw columns behind in the old generation, and with the young
 * generation paced (youngGcPacer) no mark-compact comes during the extraction to free them. Restoring
 * 665 MB peaked at 144-152 MiB with it and 156-174 MiB without, in the same time (5 interleaved runs
 * each). And once the manifest is read, before planning: its download (about three times its 6 MB, in
 * Buffers outside the heap) was freed or not by chance, and the peak while planning was 121-132 MiB
 * without this collection, 120-121 MiB with it (3 interleaved runs each). Does nothing where V8's gc
 * cannot be had.
 */
export function collectAll(entries: number, gc: () => Collect | null = exposedGc): void {
  if (entries >= COLLECT_FROM_ENTRIES) gc()?.({ type: 'major' });
}

/**
 * Returns a counter of downloaded bytes that collects the young generation every `every` bytes.
 * Node's HTTP client allocates every body chunk twice outside V8's heap (the socket read, then the
 * parser's copy). While this thread is busy extracting it allocates little inside the heap, so the
 * scavenges that would free those Buffers cheaply hardly ever come, and V8 answers the growing external
 * memory with full mark-compacts instead: 22 of them while restoring a 221 MB archive, each walking the
 * whole heap, at a mutator utilization down to 75%. With one scavenge per 8 MiB a single mark-compact
 * was left, and the restore's user CPU went from 3.54-4.36 s to 3.20-3.58 s (4 interleaved runs each).
 */
export function youngGcPacer(
  every = 8 << 20,
  collect?: (() => void) | null,
  make: () => (() => void) | null = youngCollector,
): (bytes: number) => void {
  let since = 0;
  // Made at the first collection: a download under `every` bytes never builds gc's context (node:vm).
  let collector = collect;
  return (bytes) => {
    since += bytes;
    if (since < every) return;
    since = 0;
    if (collector === undefined) collector = make();
    collector?.();
  };
}
