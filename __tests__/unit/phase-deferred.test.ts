/**
 * What a run/ step loads on first need (src/phases/deferred.ts): a part of the bundle that cannot load is said
 * and left out, never thrown into a step whose command already ran.
 */
import { loadOrSay } from '../../src/phases/deferred.js';

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
