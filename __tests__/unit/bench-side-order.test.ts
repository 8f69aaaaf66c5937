/**
 * bench:checkpoint's interleaving (bench/stats.ts sideOrder): over a full cycle of rounds every side takes
 * every place and follows every other side equally often. The rotation it replaced gave each side every
 * place but always the same predecessor, and what one side left behind (memory freed just before, a
 * verification pass) fell on the same other side in every round: the same build on both sides measured
 * 1.37x against 1.09x on restore.
 */
import { median, medianRun, pairedRatio, roundRatios, sideOrder } from '../../bench/stats.js';

/** How often each side sits in each place, and how often each ordered pair runs back to back in a round. */
function tally(order: (round: number) => number[], n: number, rounds: number) {
  const places = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const follows = new Map<string, number>();
  for (let round = 1; round <= rounds; round++) {
    const o = order(round);
    expect([...o].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
    o.forEach((side, place) => places[side]![place]!++);
    for (let i = 1; i < o.length; i++) {
      const pair = `${o[i - 1]}>${o[i]}`;
      follows.set(pair, (follows.get(pair) ?? 0) + 1);
    }
  }
  return { places, follows };
}

test('three sides over 6 rounds: each in each place twice, each after each other side twice', () => {
  const { places, follows } = tally((r) => sideOrder(3, r), 3, 6);
  for (const row of places) expect(row).toEqual([2, 2, 2]);
  expect(follows.size).toBe(6);
  for (const count of follows.values()) expect(count).toBe(2);
  // The next 6 rounds repeat the cycle.
  expect(sideOrder(3, 7)).toEqual(sideOrder(3, 1));
});

test('the rotation it replaced is unbalanced, which is what the tally catches', () => {
  const rotation = (round: number): number[] => [0, 1, 2].map((i) => (i + round) % 3);
  const { places, follows } = tally(rotation, 3, 6);
  for (const row of places) expect(row).toEqual([2, 2, 2]);
  // Only three of the six ordered pairs ever occur: each side always follows the same other side.
  expect(follows.size).toBe(3);
});

test('two sides alternate who goes first', () => {
  const { places, follows } = tally((r) => sideOrder(2, r), 2, 4);
  expect(places).toEqual([
    [2, 2],
    [2, 2],
  ]);
  expect(Object.fromEntries(follows)).toEqual({ '0>1': 2, '1>0': 2 });
});

describe('medianRun', () => {
  it('times the median round as median() times the other sides, for an even number of rounds too', () => {
    const rounds = [4, 1, 3, 2].map((seconds) => ({ seconds, stdout: `round of ${seconds} s` }));
    const m = medianRun(rounds);
    // The other side of an A/A run, and every baseline, get median(): 2.5 s here, not the upper round's 3.
    expect(m.seconds).toBe(median(rounds.map((r) => r.seconds)));
    expect(m.seconds).toBe(2.5);
    expect(m.stdout).toBe('round of 3 s');
    expect(medianRun(rounds.slice(0, 3)).seconds).toBe(3);
  });
});

describe('pairedRatio', () => {
  it("takes the median of each round's own ratio, not the ratio of two medians from different rounds", () => {
    // The load moved between rounds: ours' median is its round 2 (3.6 s), the limit's its round 3 (2 s),
    // and their ratio says 1.8x, where two of the three rounds measured 1.2x each.
    const ours = [1.2, 3.6, 4.8];
    const limit = [1, 3, 2];
    expect(median(ours) / median(limit)).toBeCloseTo(1.8, 10);
    expect(pairedRatio(ours, limit)).toBeCloseTo(1.2, 10);
    expect(() => pairedRatio([1], [1, 2])).toThrow(/1 rounds against 2/);
  });
});

describe('roundRatios', () => {
  it('gives the paired median with the lowest and highest round, the noise an A/A run shows', () => {
    expect(roundRatios([1, 3, 2.2], [1, 2, 2])).toEqual({ median: 1.1, low: 1, high: 1.5 });
  });
});
