/**
 * What the classifier's tests build their logs from: one step of a raw GitHub Actions job log as the runner
 * writes it (actions/runner: the step's `##[group]Run …` header, a run step's script and shell, the output, and
 * `##[error]Process completed with exit code N.` when it failed), and a rule's test on one line through the
 * keyword automaton and the pattern, as the classifier runs it.
 */
import type { CompiledRuleSet } from '../src/core/classify/index.js';
import { scanText } from '../src/core/classify/index.js';
import { decide } from '../src/core/policy.js';
import type { Classification } from '../src/core/types.js';

/** A step that runs a script (`run:`) or an action (`uses:`). */
export type StepKind = { run: string } | { uses: string };

/** The lines of one step: its header, its output, and the runner's exit line when `exitCode` is given. */
export function actionsStep(kind: StepKind, output: string[], exitCode?: number): string[] {
  const header =
    'run' in kind
      ? [`##[group]Run ${kind.run}`, kind.run, 'shell: /usr/bin/bash -e {0}', '##[endgroup]']
      : [`##[group]Run ${kind.uses}`, '##[endgroup]'];
  const exit = exitCode === undefined ? [] : [`##[error]Process completed with exit code ${exitCode}.`];
  return [...header, ...output, ...exit];
}

/** Lines as a job log holds them, each behind the runner's timestamp (seven fraction digits). */
export function jobLog(lines: string[]): string {
  return lines.map((l, i) => `2026-01-01T10:00:${String(i % 60).padStart(2, '0')}.0000000Z ${l}`).join('\n');
}

/** A job log of one `run:` step that failed: its header, `output`, and the runner's exit line. */
export function failedRunLog(run: string, output: string[], exitCode = 1): string {
  return jobLog(actionsStep({ run }, output, exitCode));
}

/** Whether rule `id` fires on `line`, through the keyword automaton and the pattern. */
export function ruleFires(ruleSet: CompiledRuleSet, id: string, line: string): boolean {
  const rule = ruleSet.rules.find((r) => r.spec.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return scanText(line, ruleSet).first[rule.index] !== undefined;
}

/** Whether the default policy retries (or resumes) a verdict on a pull request's first attempt. */
export function retriedOnPr(v: Classification): boolean {
  const { strategy } = decide({
    type: v.type,
    lane: 'STANDARD',
    branchKind: 'pr',
    attempt: 1,
    confidence: v.confidence,
    ...(v.retryable === undefined ? {} : { retryable: v.retryable }),
  });
  return strategy === 'retry' || strategy === 'resume';
}
