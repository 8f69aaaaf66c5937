/**
 * The time-to-green bound of `bench:recovery`: ci-recovery (c) is never slower than a plain step retry (b)
 * by more than its checkpoints' own cost. Pure: the bench measures, this judges and prints.
 *
 * The checkpoints' own cost of a (c) run is read from the step records its `run/` steps leave in
 * RUNNER_TEMP (src/core/records.ts), over every attempt of the run: in each step, the time before its
 * first attempt (the checkpoint's read of its paths) and, when the last attempt passed, the time after it
 * (the wait for the checkpoint's store to end); a `checkpoint/` step's whole time. Not counted: the
 * checkpoint's store running beside the command (it slows the command on a busy machine, inside the
 * attempt's time), ci-recovery's other work (its pre, main and post, the classifier, the waits between
 * attempts) and a resume's restore. So the allowance is the least the checkpoints can be said to cost:
 * the bound judged with it is stricter than the claim.
 *
 * Noise: each round runs (b) and (c) one after the other, so each round gives one paired excess,
 * c - (b + checkpoints); the verdict is on the median excess. It may pass 0 by the noise of the rounds:
 * half the range of (b) over the rounds (what the same plain retry, doing the same work, varied by on this
 * shared machine). With one round there is no estimate of it: the bound is then judged with no allowance.
 */
import type { StepRecord } from '../src/core/records.js';
import { median } from './stats.js';

/** Seconds a job's steps spent on their checkpoints, from its step records (see the header). */
export function checkpointSeconds(records: readonly StepRecord[]): number {
  let ms = 0;
  for (const record of records) {
    const start = Date.parse(record.startedAt);
    const end = Date.parse(record.completedAt);
    if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
    if (record.kind === 'checkpoint') {
      ms += Math.max(0, end - start);
      continue;
    }
    const first = record.attempts[0];
    const last = record.attempts.at(-1);
    if (record.kind !== 'run' || !first || !last) continue;
    ms += Math.max(0, Date.parse(first.startedAt) - start);
    // After a failed last attempt the step also classifies it and may re-run tests: not the checkpoint's.
    const passed = last.exitCode === 0 && !last.timedOut && !last.signal;
    if (passed) ms += Math.max(0, end - (Date.parse(last.startedAt) + last.durationMs));
  }
  return ms / 1000;
}

/** One round of one scenario: (b)'s and (c)'s seconds to green, and (c)'s checkpoints' seconds. */
export interface BoundRound {
  b: number;
  c: number;
  checkpoint: number;
  /** (c) ended green: a (c) that does not, where (b) did, breaks the bound whatever its time. */
  cGreen: boolean;
  /** (b) ended green. When neither did (a test the change broke), their times run to the final red. */
  bGreen?: boolean;
}

export interface BoundJudgement {
  /** Per round: c - (b + checkpoint); at most 0 holds the bound in that round. */
  excess: number[];
  /** Medians over the rounds. */
  b: number;
  c: number;
  checkpoint: number;
  /** Median of the paired excesses. */
  medianExcess: number;
  /** Half the range of (b) over the rounds; 0 with one round. */
  noise: number;
  holds: boolean;
  /** Why it breaks, when it does. */
  broken?: string;
}

/** Judges the bound on one scenario's rounds (see the header for the noise allowance). */
export function judgeBound(rounds: readonly BoundRound[]): BoundJudgement {
  if (rounds.length === 0) throw new Error('no rounds to judge the bound on');
  const excess = rounds.map((r) => r.c - (r.b + r.checkpoint));
  const bs = rounds.map((r) => r.b);
  const noise = (Math.max(...bs) - Math.min(...bs)) / 2;
  const medianExcess = median(excess);
  const judged = {
    excess,
    b: median(bs),
    c: median(rounds.map((r) => r.c)),
    checkpoint: median(rounds.map((r) => r.checkpoint)),
    medianExcess,
    noise,
  };
  const red = rounds.filter((r) => !r.cGreen && r.bGreen !== false).length;
  if (red > 0)
    return {
      ...judged,
      holds: false,
      broken: `(c) not green in ${red} of ${rounds.length} rounds where (b) was`,
    };
  if (medianExcess > noise)
    return {
      ...judged,
      holds: false,
      broken: `(c) is ${medianExcess.toFixed(1)} s slower than (b) + checkpoints, past the noise of ${noise.toFixed(1)} s`,
    };
  return { ...judged, holds: true };
}

const greens = (r: BoundRound): string =>
  r.cGreen ? '' : r.bGreen === false ? '  neither green: to the final red' : '  (c) not green';
const s = (x: number): string => `${x.toFixed(1)} s`;
const signed = (x: number): string => `${x > 0 ? '+' : ''}${x.toFixed(1)} s`;

/** The bound's table, one block per scenario, its verdicts and a closing line naming what breaks it. */
export function boundReport(scenarios: ReadonlyMap<string, readonly BoundRound[]>): {
  text: string;
  broken: string[];
} {
  const out = [
    '',
    "The bound: (c) never slower than (b) by more than its checkpoints' own cost (the time its run/ steps",
    'waited on checkpoints, from their records); excess = c - (b + checkpoints), judged on its median',
    'over the rounds, with the noise of the rounds (half the range of (b)) as allowance:',
    `${'scenario'.padEnd(18)}${'round'.padEnd(8)}${'(b) retry'.padStart(11)}${'(c) ours'.padStart(11)}${'checkpoints'.padStart(13)}${'excess'.padStart(11)}`,
  ];
  const broken: string[] = [];
  for (const [name, rounds] of scenarios) {
    const j = judgeBound(rounds);
    rounds.forEach((r, i) =>
      out.push(
        `${name.padEnd(18)}${String(i + 1).padEnd(8)}${s(r.b).padStart(11)}${s(r.c).padStart(11)}${s(r.checkpoint).padStart(13)}${signed(j.excess[i] ?? 0).padStart(11)}${greens(r)}`,
      ),
    );
    if (rounds.length > 1)
      out.push(
        `${name.padEnd(18)}${'median'.padEnd(8)}${s(j.b).padStart(11)}${s(j.c).padStart(11)}${s(j.checkpoint).padStart(13)}${signed(j.medianExcess).padStart(11)}`,
      );
    const noise = rounds.length > 1 ? `noise ${s(j.noise)}` : 'one round: no noise allowance';
    if (j.holds)
      out.push(
        `  ${name}: holds, (c) ${s(j.c)} <= (b) ${s(j.b)} + checkpoints ${s(j.checkpoint)} (${noise})`,
      );
    else {
      out.push(`  ${name}: BROKEN, ${j.broken ?? ''} (${noise})`);
      broken.push(name);
    }
  }
  const total = scenarios.size;
  out.push(
    broken.length
      ? `Bound BROKEN in ${broken.length} of ${total} scenarios: ${broken.join(', ')}`
      : `Bound holds in all ${total} scenarios.`,
  );
  return { text: out.join('\n'), broken };
}
