/**
 * What the classifier's tests build their logs from: one step of a raw GitHub Actions job log as the runner
 * writes it (actions/runner: the step's `##[group]Run …` header, a run step's script and shell, the output, and
 * `##[error]Process completed with exit code N.` when it failed), and a rule's test on one line through the
 * keyword automaton and the pattern, as the classifier runs it.
 */
import type { CompiledRuleSet } from '../src/core/classify/index.js';
import { classify, scanText } from '../src/core/classify/index.js';
import { decide } from '../src/core/policy.js';
import type { Classification } from '../src/core/types.js';

/**
 * A failed run/ attempt's verdict: its own output as it printed it (no header, no exit line), its command and exit
 * status, as phases/run-classify.ts hands them to the classifier.
 */
export function runAttemptVerdict(
  command: string,
  output: readonly string[],
  exitCode: number,
): Classification {
  return classify({
    log: output.join('\n'),
    command,
    stage: 'ci',
    step: 'ci',
    conclusion: 'failure',
    exitCode,
    wholeStep: true,
  });
}

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

/**
 * A job log's `records` as `gh run view --log` prints them: each line behind its job's and step's names and a tab,
 * the step's file's UTF-8 byte-order mark before its first line (the run's log archive holds one file per step).
 */
export function ghRunViewLog(records: string[], step: string, job = 'build'): string {
  return jobLog(records)
    .split('\n')
    .map((l, i) => `${job}\t${step}\t${i === 0 ? '\uFEFF' : ''}${l}`)
    .join('\n');
}

/** A job log of one `run:` step that failed: its header, `output`, and the runner's exit line. */
export function failedRunLog(run: string, output: string[], exitCode = 1): string {
  return jobLog(actionsStep({ run }, output, exitCode));
}

/**
 * A job log of one multi-line `run:` step that failed, as the runner prints it (actions/runner ScriptHandler.cs
 * PrintActionDetails): `##[group]Run <first line>`, each script line in bright cyan, the `shell:` line, then
 * `output` and the exit line.
 */
export function failedScriptLog(
  script: string[],
  output: string[],
  exitCode: number,
  shell = 'shell: /usr/bin/bash -e {0}',
): string {
  const header = [
    `##[group]Run ${script[0]}`,
    ...script.map((l) => `\u001b[36;1m${l}\u001b[0m`),
    shell,
    '##[endgroup]',
  ];
  return jobLog([...header, ...output, `##[error]Process completed with exit code ${exitCode}.`]);
}

/** clap-rs/clap clap_builder/src/error/format.rs (clap 4): a usage error, its program's last word before exit 2. */
export const CLAP4_USAGE_ERROR = [
  "error: unexpected argument '--json' found",
  '',
  'Usage: mytool [OPTIONS]',
  '',
  "For more information, try '--help'.",
];

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
