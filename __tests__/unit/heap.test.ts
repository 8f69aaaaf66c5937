import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import {
  COLLECT_FROM_ENTRIES,
  collectAll,
  maglevRuns,
  youngCollector,
  youngGcPacer,
} from '../../src/checkpoint/adapters/heap.js';

/**
 * Runs `act` and returns the kinds of the garbage collections node reports meanwhile. Node delivers gc
 * entries later, on its own schedule (on a busy machine one came after 50 ms), so this waits until
 * `count` entries of `kind` have come, or `waitMs` have passed.
 */
async function collectionsDuring(
  act: () => void,
  kind: number,
  count: number,
  waitMs = 5000,
): Promise<number[]> {
  const kinds: number[] = [];
  let enough: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (enough = resolve));
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[])
      kinds.push(e.detail?.kind ?? -1);
    if (kinds.filter((k) => k === kind).length >= count) enough();
  });
  observer.observe({ entryTypes: ['gc'] });
  act();
  await Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
  observer.disconnect();
  return kinds;
}

test("the young collector runs V8's minor collection", async () => {
  const collect = youngCollector();
  expect(collect).toBeInstanceOf(Function);
  const kept: unknown[] = [];
  const kinds = await collectionsDuring(
    () => {
      for (let i = 0; i < 5; i++) {
        // Something young to collect each time: V8 may fold or skip a scavenge of an empty young space
        // (a full run under load saw 4 of 5).
        kept.push(Array.from({ length: 1000 }, (_, j) => ({ j })));
        collect!();
      }
    },
    constants.NODE_PERFORMANCE_GC_MINOR,
    5,
  );
  expect(kept).toHaveLength(5);
  expect(kinds.filter((k) => k === constants.NODE_PERFORMANCE_GC_MINOR).length).toBeGreaterThanOrEqual(3);
});

test('the pacer collects once per `every` bytes counted, carrying nothing over', () => {
  const calls: number[] = [];
  let counted = 0;
  const pace = youngGcPacer(1000, () => calls.push(counted));
  for (const n of [400, 500, 200, 999, 1, 5000, 10]) {
    counted += n;
    pace(n);
  }
  expect(calls).toEqual([1100, 2100, 7100]);
});

test('collectAll runs a full collection for a manifest of COLLECT_FROM_ENTRIES entries or more', async () => {
  const kinds = await collectionsDuring(
    () => {
      for (let i = 0; i < 3; i++) collectAll(COLLECT_FROM_ENTRIES);
    },
    constants.NODE_PERFORMANCE_GC_MAJOR,
    3,
  );
  expect(kinds.filter((k) => k === constants.NODE_PERFORMANCE_GC_MAJOR).length).toBeGreaterThanOrEqual(3);
});

test('collectAll leaves a small manifest to V8: below COLLECT_FROM_ENTRIES it asks for no collection', () => {
  // Counted through the collector it is handed, not by watching gc: V8 may collect on its own meanwhile.
  const asked: string[] = [];
  const gc = () => (options: { type: 'minor' | 'major' }) => void asked.push(options.type);
  collectAll(COLLECT_FROM_ENTRIES - 1, gc);
  collectAll(0, gc);
  expect(asked).toEqual([]);
  collectAll(COLLECT_FROM_ENTRIES, gc);
  expect(asked).toEqual(['major']);
});

test('the pacer builds its collector at its first collection, not before: a small download makes no gc context', () => {
  let made = 0;
  let calls = 0;
  const pace = youngGcPacer(1000, undefined, () => {
    made++;
    return () => void calls++;
  });
  pace(600);
  pace(399);
  expect([made, calls]).toEqual([0, 0]);
  pace(1);
  pace(1000);
  expect([made, calls]).toEqual([1, 2]);
});

describe('maglevRuns: where leaving TurboFan out keeps hot code at Maglev', () => {
  test('Node 22 and later run Maglev by default; Node 20 does not, nor a node started with --no-maglev', () => {
    expect(maglevRuns('v24.11.0', [])).toBe(true);
    expect(maglevRuns('v22.0.0', ['--enable-source-maps'])).toBe(true);
    expect(maglevRuns('v20.20.2', [])).toBe(false);
    expect(maglevRuns('v18.19.0', [])).toBe(false);
    expect(maglevRuns('v24.11.0', ['--no-maglev'])).toBe(false);
    expect(maglevRuns('not a version', [])).toBe(false);
  });
});
