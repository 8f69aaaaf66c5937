/**
 * The checkpoint store's stall watchdog: silence while a call waits gives the store up (the call's
 * sockets ended, the reason thrown, later calls refused); progress, however slow, never does.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { NotFoundError } from '../../src/checkpoint/index.js';
import { StoreGuard, StoreStalledError, stalledStores } from '../../src/checkpoint/adapters/store-guard.js';

it('a call that never answers is given up after the stall limit, its sockets ended, with a reason that is a miss', async () => {
  const guard = new StoreGuard('the test service', 200);
  let disposed = 0;
  const started = Date.now();
  const error = await guard
    .during(() => {
      guard.track(() => disposed++);
      return new Promise<never>(() => undefined); // cannot be cancelled: abandoned
    })
    .catch((e: unknown) => e);
  expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  expect(Date.now() - started).toBeLessThan(2000);
  expect(error).toBeInstanceOf(StoreStalledError);
  expect(error).toBeInstanceOf(NotFoundError); // a restore reads it as a miss: found=false
  expect((error as Error).message).toBe(
    'the test service answered nothing for 0.2 s, so the checkpoint store was given up (CI_RECOVERY_STORE_STALL_SECONDS sets this limit)',
  );
  expect(disposed).toBe(1);
  expect(stalledStores).toContain('the test service');
  // Later calls fail at once with the same reason rather than waiting again.
  await expect(guard.during(() => Promise.resolve(1))).rejects.toBe(error);
});

it('a slow call that keeps making progress is never given up', async () => {
  const guard = new StoreGuard('the slow service', 200);
  const result = await guard.during(async () => {
    for (let i = 0; i < 8; i++) {
      await sleep(100); // 800 ms in all, four times the limit, but never 200 ms without progress
      guard.touch();
    }
    return 'done';
  });
  expect(result).toBe('done');
  expect(guard.signal.aborted).toBe(false);
});

it("time this process did not run is not the store's silence: a starved watchdog reads what came in first", async () => {
  // A limit of 1 s (checks every 250 ms): the answer comes ~250 ms of silence after the forgiven time, which
  // leaves a loaded machine 750 ms before the limit (with 200 ms and 300, it left 100 ms, and failed at load 14).
  const guard = new StoreGuard('the answering service', 1000);
  const result = await guard.during(async () => {
    // The process does not run for 1.2 s (a loaded runner): the watchdog's check and the answer are both
    // overdue, and timers run before I/O, so the check would see 1.2 s of "silence" before the answer.
    const until = Date.now() + 1200;
    while (Date.now() < until) {
      /* busy: nothing else runs */
    }
    await sleep(1); // the answer, due after the watchdog's overdue check
    guard.touch();
    return 'answered';
  });
  expect(result).toBe('answered');
  expect(guard.signal.aborted).toBe(false);
});

it('a store silent while the process runs is still given up, starved or not', async () => {
  const guard = new StoreGuard('the silent service', 200);
  const started = Date.now();
  const error = await guard
    .during(async () => {
      const until = Date.now() + 300;
      while (Date.now() < until) {
        /* busy */
      }
      await new Promise(() => undefined); // never answers
    })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreStalledError);
  // Starved time is forgiven only up to one stall limit: given up after at most 300 + 200 + 200 ms of
  // silence while running (plus a check's interval), however late.
  expect(Date.now() - started).toBeLessThan(5000);
});

it('time between calls (compressing, scanning) is not silence', async () => {
  const guard = new StoreGuard('the idle service', 100);
  await guard.during(() => Promise.resolve());
  await sleep(300);
  await expect(guard.during(() => sleep(20).then(() => 'ok'))).resolves.toBe('ok');
});

it("the call's own error passes unchanged while the store is not given up", async () => {
  const guard = new StoreGuard('the failing service', 1000);
  await expect(guard.during(() => Promise.reject(new Error('403 Forbidden')))).rejects.toThrow(
    '403 Forbidden',
  );
  expect(guard.signal.aborted).toBe(false);
});

it("a call that keeps making progress is still given up at the phase's end, with the phase's reason", async () => {
  const guard = new StoreGuard('the trickling service', 200).endBy(
    Date.now() + 400,
    "the checkpoint download was abandoned: main's time budget of 0.4 s is spent",
  );
  const started = Date.now();
  const error = await guard
    .during(async () => {
      while (!guard.signal.aborted) {
        await sleep(50); // a byte now and then: never silent for the stall limit
        guard.touch();
      }
    })
    .catch((e: unknown) => e);
  expect(Date.now() - started).toBeGreaterThanOrEqual(390);
  expect(Date.now() - started).toBeLessThan(2000);
  expect(error).toBeInstanceOf(StoreStalledError);
  expect((error as Error).message).toBe(
    "the checkpoint download was abandoned: main's time budget of 0.4 s is spent",
  );
  // A call that starts after the end gives up at once.
  await expect(guard.during(() => Promise.resolve(1))).rejects.toBe(error);
});

it('a guard whose end has passed refuses its first call at once', async () => {
  const guard = new StoreGuard('the late service', 60_000).endBy(Date.now() - 1, 'the budget is spent');
  await expect(guard.during(() => Promise.resolve(1))).rejects.toThrow('the budget is spent');
});
