/**
 * The tests a job's `run/` steps named (their records' `tests`), as the summary, the sticky comment and the
 * CLI show them: which failed, which were retried and passed (flaky), which the change touched or
 * quarantine let pass, and what the branch's flaky-test history knew of each before this job (how often it
 * flipped in its window, when it was first and last seen flaky). Test names come from test output and a
 * pull request: they are shown only in code spans, escaped. Pure.
 */
import type { StepRecord } from '../records.js';
import type { TestKnowledge } from '../test-identity.js';
import { testKey } from '../test-identity.js';
import { type TestHistory } from '../test-history.js';
import { testOutcomesOf } from '../test-history-read.js';
import { knowledgeOf } from '../test-history.js';
import { codeSpan, escapeText } from './markdown.js';

/** Tests shown at most (the rest are counted). */
export const MAX_TEST_VIEWS = 50;

export interface TestView {
  key: string;
  /** The stage of the step that ran it. */
  step: string;
  outcome: 'failed' | 'flaky';
  retries: number;
  changed?: boolean;
  quarantined?: boolean;
  /** Flaky on arrival: early flake detection saw it fail and pass. */
  arrival?: boolean;
  /** Passed on its re-runs, then failed again in the step's run after them (TestOutcome `failedAgain`). */
  failedAgain?: boolean;
  /** What the history knew before this job; undefined for a test it had never seen. */
  known?: TestKnowledge;
  /** Runs of it the history keeps (the window its flips are counted in). */
  window?: number;
}

/** The failed and flaky tests of the job's `run/` steps, failed first; `more` counts those left out. */
export function testViews(
  records: readonly StepRecord[],
  history: TestHistory | undefined,
): { tests: TestView[]; more: number } {
  const all: TestView[] = [];
  for (const r of records) {
    if (r.kind !== 'run') continue;
    for (const o of testOutcomesOf(r.tests)) {
      if (o.outcome === 'passed') continue;
      const key = testKey(o.id);
      const known = history ? knowledgeOf(history, key) : undefined;
      const window = history?.tests.find((t) => t.key === key)?.observations.length;
      all.push({
        key,
        step: r.stage ?? r.step,
        outcome: o.outcome,
        retries: o.retries,
        ...(o.changed ? { changed: true } : {}),
        ...(o.quarantined ? { quarantined: true } : {}),
        ...(o.arrival ? { arrival: true } : {}),
        ...(o.failedAgain && o.outcome === 'failed' ? { failedAgain: true } : {}),
        ...(known ? { known } : {}),
        ...(window ? { window } : {}),
      });
    }
  }
  const rank = (t: TestView): number => (t.outcome === 'failed' && !t.quarantined ? 0 : 1);
  const sorted = all.map((t, i) => ({ t, i })).sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i);
  return {
    tests: sorted.slice(0, MAX_TEST_VIEWS).map((x) => x.t),
    more: Math.max(0, all.length - MAX_TEST_VIEWS),
  };
}

const day = (iso: string): string => escapeText(iso.slice(0, 10), 10);

/** What the history knew, in words (escaped markdown). */
export function historyWords(t: Pick<TestView, 'known' | 'window' | 'changed'>): string {
  if (t.changed) return 'changed by this change: never retried as flaky';
  const k = t.known;
  if (!k) return 'new to the history';
  if (k.broken) return 'broken: failed on every run over more than one commit';
  const flips = `flipped ${k.flips} time${k.flips === 1 ? '' : 's'}${t.window ? ` in its last ${t.window} run(s)` : ''}`;
  // Outcomes that changed with the commit: the code moved, not a flake (never retried or quarantined as one).
  if (k.unstable) return `unstable across commits, not flaky (${flips}, never on one commit)`;
  if (!k.flaky) return `seen before, not flaky (${flips})`;
  const seen =
    k.firstSeen && k.lastSeen ? `, first seen ${day(k.firstSeen)}, last seen ${day(k.lastSeen)}` : '';
  const flakes = k.flakes ? `, ${k.flakes} same-commit flake${k.flakes === 1 ? '' : 's'}` : '';
  return `**flaky**: ${flips}${flakes}${seen}`;
}

function outcomeWords(t: TestView): string {
  // Early flake detection: failed and passed in the repeats of the change's own tests.
  if (t.arrival)
    return `**flaky on arrival** (failed and passed in repeats of the change's tests)${t.outcome === 'failed' ? ', failed' : ''}`;
  if (t.quarantined)
    return `${t.outcome === 'flaky' ? 'flaky' : 'failed'}, quarantined (did not fail the step)`;
  if (t.failedAgain)
    return `failed: passed on ${t.retries} re-run${t.retries === 1 ? '' : 's'} of itself, then failed again in the step's run after ${t.retries === 1 ? 'it' : 'them'} (not flaky)`;
  if (t.outcome === 'flaky') return `retried and passed (${t.retries} re-run${t.retries === 1 ? '' : 's'})`;
  return t.retries > 0 ? `failed, ${t.retries} re-run${t.retries === 1 ? '' : 's'} failed too` : 'failed';
}

/** The summary's Tests section. */
export function renderTestsBlock(views: { tests: readonly TestView[]; more: number }): string {
  const rows = views.tests.map(
    (t) =>
      `| ${codeSpan(t.key, { inTable: true, max: 200 })} | ${codeSpan(t.step, { inTable: true, max: 60 })} | ${outcomeWords(t)} | ${historyWords(t)} |`,
  );
  const more = views.more > 0 ? `\n\nAnd ${views.more} more (the job log has them all).` : '';
  return (
    ['### Tests', '', '| Test | Step | Outcome | History |', '|---|---|---|---|', ...rows].join('\n') + more
  );
}

/** The sticky comment's lines: failed tests, those retried and passed, and the known flakes, at most 10. */
export function testsCommentLines(views: { tests: readonly TestView[]; more: number }): string[] {
  const shown = views.tests.slice(0, 10);
  const lines = shown.map(
    (t) => `- test ${codeSpan(t.key, { max: 150 })}: ${outcomeWords(t)}; ${historyWords(t)}`,
  );
  const rest = views.tests.length - shown.length + views.more;
  if (rest > 0) lines.push(`- and ${rest} more test(s) (see the job summary)`);
  return lines;
}
