/**
 * How often a green job's post skips the ledger's download (core/ledger.ts `openDigest`, `keyRulesOutPass`), on
 * simulated branches: every push runs `jobs` jobs, each fails with probability `fail`; a failed job is re-run on
 * the same commit with probability `rerun` (else the next push fixes it forward); a pass is recorded only where
 * `outcomeTeaches` says so, as post does. Counted after a warm-up of 3,000 pushes (the ledger then holds its 500
 * entries): of the green posts whose pass teaches nothing, the share the key alone rules out. Every skip is checked
 * against `outcomeTeaches`: an unsafe one fails the run. Deterministic (a fixed LCG).
 *   npx tsx bench/ledger-digest.ts
 */
import {
  emptyLedger,
  keyRulesOutPass,
  ledgerKey,
  openDigest,
  openItems,
  outcomeTeaches,
  recordOutcome,
  type Ledger,
  type LedgerEntry,
} from '../src/core/ledger.js';

const WARM_UP = 3000;
const PUSHES = 6000;
const CASES: ReadonlyArray<readonly [jobs: number, fail: number, rerun: number]> = [
  [1, 0.1, 0.3],
  [5, 0.02, 0.3],
  [10, 0.05, 0.3],
  [20, 0.05, 0.5],
  [10, 0.15, 0.5],
  [30, 0.1, 0.3],
];

let seed = 4242;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};

let unsafe = 0;
console.log('jobs  fail  re-run  open items  skippable green posts  skipped');
for (const [jobs, fail, rerun] of CASES) {
  let ledger: Ledger = emptyLedger('main');
  let skippable = 0;
  let skipped = 0;
  for (let push = 0; push < PUSHES; push++) {
    const sha = `sha${push}`;
    for (let j = 0; j < jobs; j++) {
      const job = `job${j}`;
      let outcome: LedgerEntry['outcome'] =
        random() < fail ? 'failure' : random() < 0.01 ? 'cancelled' : 'success';
      for (let attempt = 1; attempt <= 2; attempt++) {
        const entry: LedgerEntry = { runId: push + 1, attempt, sha, job, outcome, at: 'x' };
        const teaches = outcomeTeaches(ledger, entry);
        if (outcome === 'success' && push >= WARM_UP) {
          const key = ledgerKey('main', push, 1, 'x', openDigest(ledger));
          const skip = keyRulesOutPass(key, { job, sha });
          if (skip && teaches) unsafe++;
          if (!teaches) skippable++;
          if (skip) skipped++;
        }
        if (teaches) ledger = recordOutcome(ledger, entry);
        if (outcome !== 'failure' || random() > rerun) break;
        outcome = random() < 0.5 ? 'success' : 'failure';
      }
    }
  }
  const share = skippable ? ((100 * skipped) / skippable).toFixed(1) : '-';
  console.log(
    `${String(jobs).padStart(4)}  ${fail.toFixed(2)}  ${rerun.toFixed(1).padStart(6)}  ${String(openItems(ledger).length).padStart(10)}  ${String(skippable).padStart(21)}  ${share}%`,
  );
}
if (unsafe > 0) {
  console.error(`${unsafe} green posts skipped a download whose pass would have been recorded`);
  process.exitCode = 1;
}
