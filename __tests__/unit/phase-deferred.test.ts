/**
 * What a run/ step loads or makes on first need (src/phases/deferred.ts): a part of the bundle that cannot
 * load is said and left out, never thrown into a step whose command already ran; a promise made beside other
 * work is no unhandled rejection, and its awaiter still sees why it failed.
 */
import { loadOrSay, once } from '../../src/phases/deferred.js';

describe('loadOrSay', () => {
  it('gives what loaded', async () => {
    const warnings: string[] = [];
    await expect(
      loadOrSay(() => Promise.resolve({ x: 1 }), 'x', { warning: (m) => warnings.push(m) }),
    ).resolves.toEqual({
      x: 1,
    });
    expect(warnings).toEqual([]);
  });

  it('says a part that cannot load, and leaves it out', async () => {
    const warnings: string[] = [];
    const loaded = await loadOrSay(
      () => Promise.reject(new Error("Cannot find module './run-tests.js'")),
      'test recovery',
      {
        warning: (m) => warnings.push(m),
      },
    );
    expect(loaded).toBeUndefined();
    expect(warnings).toEqual([
      "ci-recovery: test recovery could not load (Cannot find module './run-tests.js'): the step goes on without it.",
    ]);
  });
});

describe('once', () => {
  it('makes its promise on the first call only', async () => {
    let made = 0;
    const get = once(() => Promise.resolve(++made));
    expect(made).toBe(0);
    await expect(get()).resolves.toBe(1);
    await expect(get()).resolves.toBe(1);
    expect(made).toBe(1);
  });

  it('leaves a rejection to whoever awaits it, and none unhandled meanwhile', async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const get = once(() => Promise.reject(new Error('classifier failed')));
      void get();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      await expect(get()).rejects.toThrow('classifier failed');
    } finally {
      process.off('unhandledRejection', listener);
    }
  });
});
