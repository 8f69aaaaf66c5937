/** The middle value of `xs` (the mean of the two middle ones for an even count); the benchmarks' one median. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/**
 * The median of the rounds' own ratios `a[i] / b[i]`, where the two sides of each round ran back to back:
 * on a machine whose load moves between rounds, a ratio of the two medians mixes a loaded round of one
 * side with a quiet round of the other.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`pairedRatio: ${a.length} rounds against ${b.length}`);
  return median(a.map((v, i) => v / b[i]!));
}

/** Ratios of two sides over the rounds: their median and the lowest and highest round's. */
export interface RoundRatios {
  median: number;
  low: number;
  high: number;
}

/** `a[i] / b[i]` for every round (see pairedRatio): the median and the spread, which shows the noise. */
export function roundRatios(a: readonly number[], b: readonly number[]): RoundRatios {
  const median = pairedRatio(a, b);
  const each = a.map((v, i) => v / b[i]!);
  return { median, low: Math.min(...each), high: Math.max(...each) };
}

/**
 * The median round of `xs`: its output, with as its time the same median() the other sides of a bench
 * get. Taking the upper middle round's own time, against the others' mean of the two middle rounds, made
 * an even number of rounds favour bench:checkpoint's --against-cli side in an A/A run.
 */
export function medianRun<T extends { seconds: number }>(xs: readonly T[]): T {
  const s = [...xs].sort((a, b) => a.seconds - b.seconds);
  return { ...s[s.length >> 1]!, seconds: median(xs.map((x) => x.seconds)) };
}

/**
 * The order in which `n` interleaved sides run in round `round` (1-based). A rotation alone gives every
 * side every place but always the same predecessor, and what a side leaves behind (memory it freed, a
 * verification pass after it) then lands on the same other side each round. Two sides alternate; three
 * follow a Williams square, where over every 6 rounds each side takes each place twice and follows each
 * other side twice.
 */
export function sideOrder(n: number, round: number): number[] {
  if (n === 2) return round % 2 === 1 ? [0, 1] : [1, 0];
  if (n === 3) return WILLIAMS_3[(round - 1) % WILLIAMS_3.length]!;
  return Array.from({ length: n }, (_, i) => (i + round - 1) % n);
}

const WILLIAMS_3: readonly number[][] = [
  [0, 1, 2],
  [1, 2, 0],
  [2, 0, 1],
  [2, 1, 0],
  [0, 2, 1],
  [1, 0, 2],
];
