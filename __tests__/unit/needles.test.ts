/**
 * needsIn (core/needles.ts) finds in one pass the needs `text.includes` finds one at a time: overlapping needs,
 * needs that are prefixes, suffixes or inner parts of others, needs starting inside another's match, and
 * characters outside latin1.
 */
import { needsIn, needsPattern } from '../../src/core/needles.js';
import { FAILED_NEEDS } from '../../src/test-recovery/index.js';

const RUNNER_NEEDS = [...new Set(Object.values(FAILED_NEEDS).flat())];

/** A text of pieces of the needs, cut and joined at random, so needs overlap and start inside each other. */
function sample(seed: number, needs: readonly string[]): string {
  let x = seed;
  const next = (n: number): number => (x = (x * 1103515245 + 12345) & 0x7fffffff) % n;
  const parts: string[] = [];
  for (let i = 0; i < 40; i++) {
    const need = needs[next(needs.length)] ?? '';
    const from = next(2) === 0 ? 0 : next(need.length + 1);
    parts.push(need.slice(from, from + 1 + next(need.length + 1)), ['', ' ', '\n', 'x'][next(4)] ?? '');
  }
  return parts.join('');
}

const expected = (text: string, needs: readonly string[]): string[] =>
  needs.filter((need) => text.includes(need)).sort();

test.each([...Array(60).keys()])("the test runners' needs: what includes finds (text %i)", (seed) => {
  const text = sample(seed + 1, RUNNER_NEEDS);
  expect([...needsIn(text, RUNNER_NEEDS)].sort()).toEqual(expected(text, RUNNER_NEEDS));
});

test('a need inside, at the start of or overlapping another, and regular-expression characters', () => {
  const needs = ['FAIL', 'FAILED ', ' FAILED', 'AILE', 'D x', '[a]', 'a.b', '●', '●●', 'ab', 'ba', 'aba', ''];
  for (const text of [' FAILED x', 'FAILED ', 'ababa', '[a] a.b', 'axb', '●●', '', 'FAI', 'FAILE D']) {
    expect([...needsIn(text, needs)].sort()).toEqual(expected(text, needs));
  }
});

test('needsPattern finds whether any need is there, and none when there are no needs', () => {
  expect(needsPattern(['--- FAIL: ', 'not ok']).test('ok 1\nnot ok 2 - x')).toBe(true);
  expect(needsPattern(['--- FAIL: ', 'not ok']).test('--- PASS: x')).toBe(false);
  expect(needsPattern([]).test('anything')).toBe(false);
});
