import v8 from 'node:v8';
import vm from 'node:vm';

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
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}

let collectYoung: (() => void) | null | undefined;

/** V8's collector, asked for the young generation only; null where it cannot be had. */
export function youngCollector(): (() => void) | null {
  if (collectYoung !== undefined) return collectYoung;
  try {
    // The flag puts `gc` into contexts made after it is set; this process's own stays as it was.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as ((options: { type: 'minor' }) => void) | undefined;
    collectYoung = typeof gc === 'function' ? () => gc({ type: 'minor' }) : null;
  } catch {
    collectYoung = null;
  }
  return collectYoung;
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
  collect: (() => void) | null = youngCollector(),
): (bytes: number) => void {
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < every) return;
    since = 0;
    collect?.();
  };
}
