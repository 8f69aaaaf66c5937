import { loadConfig } from '../adapters/config-file.js';
import {
  classifyLog,
  isZip,
  MAX_STREAM_BYTES,
  type LogOptions,
  type LogVerdict,
} from '../adapters/log-file.js';
import type { FailureSignals } from '../core/classify/index.js';
import { inertJson, inertText } from '../runner/adapters/runner.js';
import { errorMessage, UsageError, UserError } from '../core/errors.js';
import { wantsHelp, type CliCommand } from './verb.js';
import { int, parseArgs, str } from './flags.js';
import { progressOnTerminal } from './progress.js';
import { failedTestsLine } from './tests.js';
import { testKey } from '../core/test-identity.js';
import { inert, printablePath } from '../core/text.js';

const STREAM_MB = MAX_STREAM_BYTES >> 20;

const HELP = `usage: ci-recovery classify <log | ->... [--exit-code N] [--signal SIG] [--config FILE] [--json]

Classifies the failure each log shows (GitHub Actions, \`gh run view --log\`/\`--log-failed\`, Travis, Jenkins,
Taskcluster or any text log, plain or .gz, or a run's log archive .zip, one result per job): type, confidence, whether a retry may help, the decisive line,
the step it is in (when the log says) and the rule that decided. \`-\` reads standard input; standard input,
a pipe or a device is read up to its first ${STREAM_MB} MB (said on stderr when it goes on). One result per
log; a log that cannot be read gets an error and the others are still classified (exit code 1 then).
The team's own rules (classify.rules in .github/ci-recovery.yml) are tried first.

  --exit-code N   exit code of the failed step (124 timeout, 137 killed, 143 terminated, ...)
  --signal SIG    signal that ended the step (SIGKILL, SIGTERM, ...)
  --config FILE   config whose classify.rules to use (default .github/ci-recovery.yml here, if any)
  --json          one JSON object per log per line:
                  {"file","type","confidence","retryable","evidence":{"line","text"},"rule","job","step"},
                  and "failedTests" (their keys, runner:file::name[params]) when the log names any,
                  "recovered" {"line","text"} when ci-recovery turned the step green after it

examples:
  ci-recovery classify build.log
  gh api repos/OWNER/REPO/actions/runs/123456/logs > run.zip && ci-recovery classify run.zip
  gh run view 123456 --log-failed | ci-recovery classify -
  ci-recovery classify --exit-code 137 --json logs/*.log`;

/** `job / step` as the log names them (gh's columns), or the step alone (a raw log's `Run …` group). */
function stepName({ step }: LogVerdict): string | undefined {
  if (step.step === undefined) return undefined;
  return step.job !== undefined ? `${step.job} / ${step.step}` : step.step;
}

function human(file: string, verdict: LogVerdict): string {
  const c = verdict.classification;
  const lines = [
    `${printablePath(file)}: ${c.type} (${c.confidence} confidence${c.retryable ? ', retryable' : ''}; rule ${c.rule})`,
  ];
  const step = stepName(verdict);
  if (step !== undefined) lines.push(`  step: ${step}`);
  if (c.evidence) lines.push(`  line ${c.evidence.line}: ${c.evidence.text}`);
  if (verdict.failedTests?.length) lines.push(`  tests: ${failedTestsLine(verdict.failedTests)}`);
  if (verdict.recovered)
    lines.push(
      `  passed: line ${verdict.recovered.line}: ${verdict.recovered.text}`,
      '  ci-recovery turned this step green: the failure above passed on its re-run; nothing to fix (a test that passed only then is flaky)',
    );
  return lines.join('\n');
}

function json(
  file: string,
  { classification: c, step, truncated, failedTests, recovered }: LogVerdict,
): string {
  return inertJson({
    file,
    type: c.type,
    confidence: c.confidence,
    retryable: c.retryable,
    evidence: c.evidence ? { line: c.evidence.line, text: c.evidence.text } : null,
    rule: c.rule,
    job: step.job ?? null,
    step: step.step ?? null,
    ...(truncated ? { truncated } : {}),
    ...(failedTests?.length ? { failedTests: failedTests.map(testKey) } : {}),
    ...(recovered ? { recovered } : {}),
  });
}

/** Whether a path is a regular file holding a zip; any error is left to the log reader to name. */
async function archive(file: string): Promise<boolean> {
  if (file === '-') return false;
  try {
    return await isZip(file);
  } catch {
    // a file that cannot be opened as a zip is read as a log
    return false;
  }
}

/**
 * The verdicts of one input: one for a log, one per job for a run's log archive (its job named in the
 * label and in `job`).
 */
async function verdictsOf(
  file: string,
  extra: Omit<FailureSignals, 'log'>,
  options: LogOptions,
): Promise<{ label: string; verdict: LogVerdict }[]> {
  if (!(await archive(file))) return [{ label: file, verdict: await classifyLog(file, extra, options) }];
  // The zip reader (yauzl) is loaded for a zip only: a plain log's start does not pay for it.
  const { openLogArchive } = await import('../adapters/log-archive.js');
  const zip = await openLogArchive(file);
  const out: { label: string; verdict: LogVerdict }[] = [];
  try {
    if (zip.jobs.length === 0)
      throw new UserError(
        `${file}: a zip with no job logs in it (<n>_<job>.txt or <job>/<n>_<step>.txt); pass a run's log archive`,
      );
    for (const job of zip.jobs) {
      // Each job is read as standard input would be: streamed, within the same byte cap.
      const label = `${file} (job ${job.job})`;
      const verdict = await classifyLog('-', extra, { ...options, stdin: zip.stream(job) }).catch(
        (error: unknown) => {
          // The reader names standard input; say which archive and job, and what to do.
          const why = errorMessage(error).replace(/^-: /, '');
          throw new UserError(`${label}: ${why}; the archive is damaged or forged, download it again`);
        },
      );
      out.push({
        label,
        verdict: { ...verdict, step: { ...verdict.step, job: verdict.step.job ?? job.job } },
      });
    }
  } finally {
    zip.close();
  }
  return out;
}

/**
 * Keeps V8's young generation at its starting size: a big log makes millions of short-lived line strings, and
 * V8 keeps doubling the young generation under that rate, for no gain in speed. On the 270 MB corpus log under
 * Node 24 the peak fell from 118-132 MB to 107-112 MB, CPU alike (bench:classify's input, runs interleaved).
 * Read at each scavenge, so setting it after start-up takes effect.
 */
export function keepYoungGenerationSmall(): void {
  process.getBuiltinModule('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Caps what TurboFan inlines into one optimised function at 200 bytes of bytecode (V8's default is 920). A rare
 * line deep into a big log deoptimises the line reader (a branch with no type feedback), and each deopt of a
 * function that inlined the reader's tree compiles that whole tree again, 20-70 ms of a V8 thread each: on the
 * 270 MB corpus log TurboFan compiled ~90 times (`read` 9 of them), ~0.43 s of CPU beside the main thread's
 * ~2.2 s. With the cap (Node 24, 4 interleaved runs, medians) the process's CPU fell from 2.91 to 2.67 s, the main
 * thread's from 2.17 to 2.10 s, peak RSS by 4 MB (docs/benchmarks.md, "The classify CLI's other threads").
 * Read at each compilation, so setting it after start-up takes effect.
 */
export function inlineLess(): void {
  process.getBuiltinModule('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}

export default {
  async run(argv) {
    keepYoungGenerationSmall();
    inlineLess();
    if (wantsHelp(argv)) {
      process.stdout.write(HELP + '\n');
      return 0;
    }
    const { flags, positionals } = parseArgs(
      'classify',
      argv,
      { 'exit-code': 'string', signal: 'string', config: 'string', json: 'bool' },
      { positionals: true },
    );
    const asJson = flags.json === true;
    const signal = str(flags, 'signal');
    if (positionals.length === 0)
      throw new UsageError(
        "give at least one log file, or - for standard input; see 'ci-recovery classify --help'",
      );
    if (positionals.filter((p) => p === '-').length > 1)
      throw new UsageError("standard input can be read once: give '-' only once");
    const exitCode = int(flags, 'exit-code', { min: 0, max: 255 });
    const extra = {
      ...(exitCode !== undefined ? { exitCode } : {}),
      ...(signal ? { signal } : {}),
    };
    const { config } = await loadConfig(process.cwd(), str(flags, 'config'));
    const teamRules = config.classify.rules;
    let failed = 0;
    const progress =
      positionals.length > 1
        ? progressOnTerminal('classify', asJson, { countFiles: true, total: positionals.length })
        : undefined;
    for (const file of positionals) {
      if (file === '-' && process.stdin.isTTY)
        process.stderr.write(
          'ci-recovery classify: reading the log from the terminal; paste it and end with Ctrl-D (or pipe it: gh run view ID --log-failed | ci-recovery classify -)\n',
        );
      try {
        for (const { label, verdict } of await verdictsOf(file, extra, { teamRules, tests: true })) {
          progress?.done();
          if (verdict.truncated)
            process.stderr.write(
              inertText(
                `ci-recovery classify: ${printablePath(label)}: read the first ${STREAM_MB} MB only (the input went on); the verdict is from those`,
              ) + '\n',
            );
          process.stdout.write(inertText(asJson ? json(file, verdict) : human(label, verdict)) + '\n');
          progress?.add(0, verdict.bytes);
        }
        progress?.add(1, 0);
      } catch (error) {
        failed++;
        progress?.done();
        const message = errorMessage(error);
        if (asJson) process.stdout.write(inertJson({ file, error: message }) + '\n');
        process.stderr.write(inertText(`ci-recovery classify: ${inert(message)}`) + '\n');
      }
    }
    progress?.done();
    return failed > 0 ? 1 : 0;
  },
} satisfies CliCommand;
