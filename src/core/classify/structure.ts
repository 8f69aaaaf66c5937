/**
 * The log's structure: which steps a job ran, where each starts and ends, which failed, and which could not
 * fail the job (set-up, post-job cleanup, after-failure hooks, `|| true`). Evidence for a verdict comes from
 * the first failed step that was not allowed to fail; the lines of every other step never decide.
 *
 * Formats: a raw GitHub Actions job log (`##[group]Run x` … `##[endgroup]` header, `##[error]`,
 * `Post job cleanup.`, `Cleaning up orphan processes`), `gh run view --log`/`--log-failed`
 * (`job<TAB>step<TAB>timestamp line`), Travis (folds, `$ cmd`, `The command "x" exited with N.`), GitLab job
 * traces (`section_start:<ts>:<name>` / `section_end:`), Jenkins consoles (`[Pipeline] stage`, freestyle
 * `[job] $ /bin/sh -xe …`, `Build step '…' marked build as failure`, `Finished: X`), and the plain output of
 * one command (run/ knows its command). Pure and line-driven, so the streaming scanner feeds it only the lines
 * that carry a marker (STRUCTURE_KEYWORDS); readStructure reads a whole text. The markers themselves, with
 * their sources, are structure-markers.ts's.
 */
import { stripLine } from './normalize.js';
import { CAUSE_LINE_KEYWORDS } from './cause-lines.js';
import {
  ACTION_MARKER,
  CANCELLATION,
  EXTENSION_HEADER,
  GH_CLI_LINE,
  GITLAB_POST,
  GITLAB_RUNNER_VERDICT,
  GITLAB_SETUP,
  hasStructureMarker,
  JOB_NAME_LINE,
  KARMA_BROWSER_LOST,
  KARMA_RESTARTING,
  PARALLEL_WAIT,
  RETRY_MARKER,
  runnerTime,
  TRAVIS_HOOKS,
} from './structure-markers.js';

export type LogFormat = 'github' | 'github-cli' | 'travis' | 'gitlab' | 'jenkins' | 'plain';

/** set-up and post-job steps, after-failure hooks and post-build actions never fail the job's own work. */
export type StepKind = 'setup' | 'run' | 'post' | 'hook';

export interface LogStep {
  name: string;
  kind: StepKind;
  /** Commands the log shows the step ran (bounded), its own first. */
  commands: string[];
  /** 1-based first and last line. */
  start: number;
  end: number;
  /** The exit status when the log says it. */
  exitCode?: number;
  failed: boolean;
  /** It failed but the job went on as if not: `|| true`, a hook, a step the log says may fail. */
  allowedToFail: boolean;
  /**
   * Its only failure is the runner's cancellation (`##[error]The operation was canceled.` first): in a log of
   * several jobs (`gh run view --log`), a job fail-fast stopped because another failed; that one decides.
   */
  cancelled?: boolean;
  /** The cancellation's line, and the minutes since the log's first runner timestamp when both lines carry one. */
  cancelledAt?: { line: number; text: string; minutes?: number };
  /** The last line where a tool said it would try again what had just failed, or that its install was done (RETRY_MARKER). */
  retriedAt?: number;
  /** The first line where a build tool said it waits for the jobs it had started before one failed (PARALLEL_WAIT). */
  waitedAt?: number;
  /**
   * The log says its failure stood: a composite action's end marker with `outcome=failure;conclusion=failure`
   * (no continue-on-error), so a later step ran only on failure (`if: always()`) and is not the cause.
   */
  failureStood?: boolean;
  /**
   * Its first `##[error]` annotation that is neither the runner's exit line nor its cancellation: what an action
   * said when it failed (@actions/core setFailed prints its message so), or a problem matcher's finding.
   */
  annotated?: { line: number; text: string };
  /**
   * The name of the job it ran in, when the log says it: `gh run view --log`'s first column, or the runner's
   * `Complete job name: <name>` line in a job's own log (JOB_NAME_LINE).
   */
  job?: string;
}

export interface LogStructure {
  format: LogFormat;
  steps: LogStep[];
  /** Index in `steps` of the first failed step not allowed to fail. */
  failedStep?: number;
  /** What the log says of the whole job: `passed` only when it says so (or a complete job shows no failure). */
  outcome: 'failed' | 'passed' | 'unknown';
  /** The last retry a tool announced anywhere in the log (LogStep.retriedAt is the step's own). */
  retriedAt?: number;
  /** The first wait for a failed build's other jobs anywhere in the log (LogStep.waitedAt is the step's own). */
  waitedAt?: number;
}

/**
 * A tool's header whose next lines state its cause in no rule's words: Gradle's `* What went wrong:`
 * (gradle/gradle BuildExceptionReporter), then the failure (`Execution failed for task ':app:x'.`) and its
 * cause (`> ...`); Sphinx's `Warning, treated as error:` (sphinx/cmd/build.py handle_exception: a SphinxError's
 * category, then its text on the next line), the warning `-W` aborted on. Lower case, as the scanner's
 * prefilter sees it.
 */
export const CAUSE_HEADER_KEYWORDS: readonly string[] = [
  '* what went wrong:',
  'warning, treated as error:',
  'failing',
  // A tool's own cause line (cause-lines.ts), read by the same matcher.
  ...CAUSE_LINE_KEYWORDS,
];
export const CAUSE_HEADER = /^(?:\* What went wrong|Warning, treated as error):$/;
/**
 * Mocha's tally heads its list of failures (mochajs/mocha lib/reporters/base.js epilogue, then list()): `N
 * failing`, then each `1) suite` and its title lines, the last ending in `:`, then the error's message.
 */
export const MOCHA_TALLY = /^[1-9]\d* failing$/;
/** Lines after mocha's tally within which its first failure's message is read. */
export const MOCHA_LIST_LINES = 12;
/** A header's first line that only wraps the cause on the next (`> ...`): Gradle's task failure. */
export const CAUSE_WRAPPER =
  /^(?:Execution failed for task '[^']*'\.|A problem occurred (?:evaluating|configuring) .*)$/;

const MAX_COMMANDS = 8;

/** Whether a step counts as the job's failure: it failed, was not allowed to, and is the job's own work. */
export function failsTheJob(step: LogStep): boolean {
  return step.failed && !step.allowedToFail && (step.kind === 'run' || step.kind === 'setup');
}

/** The first step that failed the job; a step only cancelled (a sibling job's fail-fast) only when none other did. */
function firstFailed(steps: readonly LogStep[]): number {
  const failed = steps.findIndex((s) => failsTheJob(s) && s.cancelled !== true);
  return failed >= 0 ? failed : steps.findIndex(failsTheJob);
}

/** Name of the lines before the first step the log marks. */
export const FIRST_STEP = '(before the first marked step)';

/** Reads a log's structure one line at a time. Lines may be skipped unless they hold a marker. */
export class StructureReader {
  private format: LogFormat | undefined;
  private readonly steps: LogStep[] = [];
  private outcome: LogStructure['outcome'] = 'unknown';
  private complete = false;
  /** Inside a GitHub `##[group]Run` header: the step's script and env, not its output. */
  private header = false;
  private travisHook: string | undefined;
  /**
   * The job whose lines are being read: in a `gh run view --log` file of several, its first column; in one
   * job's own log, the name its `Complete job name:` line gives.
   */
  private job: string | undefined;
  /** The latest retry a tool announced, anywhere in the log. */
  private retriedAt: number | undefined;
  /** The first wait for a failed build's other jobs, anywhere in the log. */
  private waitedAt: number | undefined;
  /** The browsers karma said it lost and has not restarted since (karmaRestarted). */
  private readonly karmaLost = new Set<string>();
  /** The first runner timestamp the reader saw: roughly when the job began. */
  private firstAt: number | undefined;
  /** A `##[group]Run '<path>'` header whose next line says whether it is a job extension (EXTENSION_HEADER). */
  private extension: { no: number; command: string; column: string | undefined } | undefined;
  /** Per composite step marker id (ACTION_MARKER) not yet ended, the index of the first step it may hold. */
  private readonly actions = new Map<string, number>();

  constructor(private readonly command?: string) {}

  /** True while the current line belongs to a step's header (its script), which is never evidence. */
  get inHeader(): boolean {
    return this.header;
  }

  /**
   * The latest `##[group]Run` header came under the gh step column of the run step already going (a `gh run view
   * --log` file): a composite action's inner step, or a line that step's own output printed, so its script may be
   * the output's words, not the runner's (issue 68's second review: a printed header faking a `|| true`).
   */
  get sameColumnHeader(): boolean {
    return this.underRunningColumn;
  }

  private underRunningColumn = false;

  /** True while a `Run '<path>'` header may still be a job extension's: its step, if any, has not begun. */
  get deferring(): boolean {
    return this.extension !== undefined;
  }

  /**
   * Whether `text` is karma restarting a browser with no other it lost still down (KARMA_RESTARTING): only then
   * were the disconnects before it survived.
   */
  private karmaRestarted(text: string): boolean {
    const lost = KARMA_BROWSER_LOST.exec(text)?.[1];
    if (lost !== undefined) this.karmaLost.add(lost);
    const restarted = KARMA_RESTARTING.exec(text)?.[1];
    if (restarted === undefined) return false;
    this.karmaLost.delete(restarted);
    return this.karmaLost.size === 0;
  }

  /** Index of the step the latest line belongs to (-1 before any). */
  get current(): number {
    return this.steps.length - 1;
  }

  /**
   * One line: `raw` is the decoded line (colour codes may remain), `text` its stripped form (normalize.ts
   * stripLine). Returns whether the line is structure (a marker or a header line), not a tool's output.
   */
  line(no: number, raw: string, text: string): boolean {
    const step = this.steps[this.steps.length - 1];
    if (step) step.end = no;
    this.firstAt ??= runnerTime(raw);
    if (RETRY_MARKER.test(text) || this.karmaRestarted(text)) {
      this.retriedAt = no;
      if (step) step.retriedAt = no;
    }
    if (PARALLEL_WAIT.test(text)) {
      this.waitedAt ??= no;
      if (step) step.waitedAt ??= no;
    }
    const extension = this.extension;
    if (extension) {
      this.extension = undefined;
      // A job extension's `shell:` line follows its group line: the step it runs for goes on.
      if (no === extension.no + 1 && text.startsWith('shell: ')) return true;
      this.beginRun(extension.no, extension.command, extension.column).end = no;
    }
    if (raw.includes('travis_fold:') || raw.includes('The command "') || text.startsWith('Done. Your build'))
      return this.travis(no, raw, text);
    if (
      raw.includes('section_start:') ||
      raw.includes('section_end:') ||
      /^(?:ERROR: )?Job (?:succeeded|failed)/.test(text)
    )
      return this.gitlab(no, raw, text);
    if (text.startsWith('##[') || text === 'Post job cleanup.' || text === 'Cleaning up orphan processes')
      return this.github(no, raw, text);
    // The runner names the job in its set-up, before any step ran: a step's output saying so is not the runner.
    if (
      text.startsWith(JOB_NAME_LINE) &&
      !GH_CLI_LINE.test(raw) &&
      this.steps.every((s) => s.kind === 'setup')
    ) {
      this.job ??= text.slice(JOB_NAME_LINE.length).trim() || undefined;
      return true;
    }
    return this.jenkins(no, text);
  }

  end(lines: number): LogStructure {
    const extension = this.extension;
    this.extension = undefined;
    if (extension) this.beginRun(extension.no, extension.command, extension.column);
    const last = this.steps[this.steps.length - 1];
    if (last) last.end = Math.max(last.end, lines);
    if (this.steps.length === 0 && this.command !== undefined) {
      this.steps.push(newStep(this.command, 'run', 1, [this.command]));
      this.steps[0]!.end = lines;
    }
    const failedStep = firstFailed(this.steps);
    let outcome = this.outcome;
    if (outcome === 'unknown' && failedStep >= 0) outcome = 'failed';
    // A complete GitHub job log in which no step failed is a passing job.
    if (outcome === 'unknown' && this.complete && !this.steps.some((s) => s.failed)) outcome = 'passed';
    // One job's own log names its job in its set-up, after the first steps began.
    const job = this.job;
    if (this.format === 'github' && job !== undefined) for (const step of this.steps) step.job ??= job;
    const structure: LogStructure = { format: this.format ?? 'plain', steps: this.steps, outcome };
    if (failedStep >= 0) structure.failedStep = failedStep;
    if (this.retriedAt !== undefined) structure.retriedAt = this.retriedAt;
    if (this.waitedAt !== undefined) structure.waitedAt = this.waitedAt;
    return structure;
  }

  private begin(no: number, name: string, kind: StepKind, commands: string[] = []): LogStep {
    const previous = this.steps[this.steps.length - 1];
    if (previous && previous.end >= no) previous.end = no - 1;
    const step = newStep(name, kind, no, commands);
    if (this.job !== undefined) step.job = this.job;
    this.steps.push(step);
    return step;
  }

  /**
   * The current step. Lines before the first marked step are one step from line 1: a job's set-up, or in an
   * excerpt (a fixture, `--log-failed` of one step) the step it was cut from.
   */
  private here(no: number): LogStep {
    const current = this.steps[this.steps.length - 1];
    if (current) return current;
    const first = newStep(FIRST_STEP, 'setup', 1, []);
    first.end = no;
    // Its lines were read before it was made: a retry among them is its own.
    if (this.retriedAt !== undefined) first.retriedAt = this.retriedAt;
    if (this.waitedAt !== undefined) first.waitedAt = this.waitedAt;
    this.steps.push(first);
    return first;
  }

  private github(no: number, raw: string, text: string): boolean {
    this.format ??= GH_CLI_LINE.test(raw) ? 'github-cli' : 'github';
    const columns = this.format === 'github-cli' ? /^([^\t]*)\t([^\t]*)\t/.exec(raw) : null;
    const column = columns?.[2];
    // `gh run view --log` of a whole run holds its jobs one after another: a new job starts with its own set-up,
    // not as the post steps of the job before it.
    const job = columns?.[1];
    const next = job !== undefined && this.job !== undefined && job !== this.job;
    if (job !== undefined) this.job = job;
    if (next) {
      this.header = false;
      this.begin(no, job, 'setup');
    }
    if (text.startsWith('##[group]Run ')) {
      const command = text.slice('##[group]Run '.length).trim();
      const running = this.steps[this.steps.length - 1];
      this.underRunningColumn = column !== undefined && running?.kind === 'run' && running.name === column;
      this.header = true;
      if (EXTENSION_HEADER.test(command)) this.extension = { no, command, column };
      else this.beginRun(no, command, column);
      return true;
    }
    if (text.startsWith('##[endgroup]')) {
      this.header = false;
      return true;
    }
    if (
      text === 'Post job cleanup.' ||
      (column !== undefined && /^Post /.test(column) && this.here(no).kind !== 'post')
    ) {
      this.header = false;
      this.begin(no, column ?? 'Post job cleanup', 'post');
      return true;
    }
    if (text === 'Cleaning up orphan processes') {
      this.header = false;
      this.complete = true;
      this.begin(no, 'Complete job', 'post');
      return true;
    }
    const marker = ACTION_MARKER.exec(text);
    if (marker) {
      this.compositeStep(marker[1] === 'start', marker[2] ?? '');
      return true;
    }
    if (text.startsWith('##[error]')) {
      this.header = false;
      const step = this.here(no);
      // A time limit's own error comes before the cancellation it causes: only a bare cancellation is one.
      if (!step.failed && CANCELLATION.test(text)) this.cancel(step, no, raw, text);
      step.failed = true;
      const code = /^##\[error\]Process completed with exit code (\d+)/.exec(text)?.[1];
      if (code !== undefined) step.exitCode = Number(code);
      else if (!CANCELLATION.test(text)) step.annotated ??= { line: no, text };
      return false;
    }
    return this.header;
  }

  /** The runner cancelled the step: how long after the job began, when the lines carry the runner's times. */
  private cancel(step: LogStep, no: number, raw: string, text: string): void {
    step.cancelled = true;
    const at = runnerTime(raw);
    step.cancelledAt = { line: no, text };
    if (at !== undefined && this.firstAt !== undefined)
      step.cancelledAt.minutes = (at - this.firstAt) / 60_000;
  }

  /**
   * A composite action's step began or ended (ACTION_MARKER): one that failed and was allowed to leaves every
   * step the log began since its start failed but allowed to fail.
   */
  private compositeStep(start: boolean, properties: string): void {
    const values = new Map(
      properties.split(';').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]),
    );
    const id = values.get('id');
    if (id === undefined) return;
    if (start) {
      this.actions.set(id, this.steps.length);
      return;
    }
    const from = this.actions.get(id);
    this.actions.delete(id);
    if (from === undefined || values.get('outcome') !== 'failure') return;
    const allowed = values.get('conclusion') === 'success';
    for (const step of this.steps.slice(from)) {
      if (!step.failed) continue;
      if (allowed) step.allowedToFail = true;
      else step.failureStood = true;
    }
  }

  /** A step's `##[group]Run <command>` header at line `no` (gh's step column names it, when there is one). */
  private beginRun(no: number, command: string, column: string | undefined): LogStep {
    const name = column ?? `Run ${command}`;
    const post = /^Post /.test(name) || this.here(no).kind === 'post';
    return this.begin(no, name, post ? 'post' : 'run', [command]);
  }

  private travis(no: number, raw: string, text: string): boolean {
    this.format = 'travis';
    for (const [, edge, name] of raw.matchAll(/travis_fold:(start|end):([\w.-]*)/g)) {
      if (edge === 'start' && name && TRAVIS_HOOKS.test(name)) {
        this.travisHook = name;
        this.begin(no, name, 'hook');
      } else if (edge === 'end' && name === this.travisHook) {
        // Hooks come last (after_failure.1, .2, after_script): what follows is hook output or the verdict line.
        this.travisHook = undefined;
      }
    }
    const done = /^Done\. Your build exited with (\d+)/.exec(text);
    if (done) {
      this.outcome = done[1] === '0' ? 'passed' : 'failed';
      return true;
    }
    const end =
      /^The command "(.*)" (?:exited with (\d+)|failed(?!\. Retrying)(?: and exited with (\d+))?)/.exec(text);
    if (!end) return raw.includes('travis_fold:') && text === '';
    const step = this.here(no);
    const code = end[2] ?? end[3];
    step.name = end[1] ?? step.name;
    if (!step.commands.includes(step.name)) step.commands.unshift(step.name);
    if (step.commands.length > MAX_COMMANDS) step.commands.length = MAX_COMMANDS;
    step.exitCode = code === undefined ? undefined : Number(code);
    step.failed = code !== '0';
    step.end = no;
    if (/\|\|\s*true\s*$/.test(step.name)) step.allowedToFail = true;
    // The next command's lines start after this end.
    this.begin(no + 1, 'script', this.travisHook ? 'hook' : 'run');
    return true;
  }

  private gitlab(no: number, raw: string, text: string): boolean {
    this.format = 'gitlab';
    const job = /^(?:ERROR: )?Job (succeeded|failed)/.exec(text);
    if (job) this.outcome = job[1] === 'succeeded' ? 'passed' : 'failed';
    for (const [, edge, name] of raw.matchAll(/section_(start|end):\d+:([\w.-]+)/g)) {
      if (edge !== 'start' || !name) continue;
      const kind: StepKind = GITLAB_SETUP.test(name)
        ? 'setup'
        : GITLAB_POST.test(name)
          ? 'post'
          : name.startsWith('after_script')
            ? 'hook'
            : 'run';
      this.begin(no, name, kind);
    }
    if (/^ERROR: Job failed/.test(text)) {
      const step = this.lastOf('run');
      if (step) {
        step.failed = true;
        const code = /exit code (\d+)/.exec(text)?.[1];
        if (code !== undefined) step.exitCode = Number(code);
      }
      // The runner's own word on why the job failed, when it is not the script's exit status (its time limit,
      // its own failure: gitlab-runner common/build.go), is evidence the rules read.
      if (GITLAB_RUNNER_VERDICT.test(text)) return false;
    }
    return true;
  }

  private jenkins(no: number, text: string): boolean {
    const finished = /^Finished: (SUCCESS|FAILURE|UNSTABLE|ABORTED|NOT_BUILT)/.exec(text);
    if (finished) {
      this.format ??= 'jenkins';
      this.outcome = finished[1] === 'SUCCESS' ? 'passed' : 'failed';
      return true;
    }
    const stage = /^\[Pipeline\] \{ \((.+)\)$/.exec(text);
    if (stage?.[1]) {
      this.format = 'jenkins';
      const name = stage[1];
      this.begin(no, name, /^Declarative: Post/.test(name) ? 'post' : 'run');
      return true;
    }
    if (text.startsWith('[Pipeline]')) {
      this.format = 'jenkins';
      return true;
    }
    const shell = /^\[[^\]]*\] \$ (\/bin\/(?:ba)?sh .*|cmd \/c .*)$/.exec(text);
    if (shell?.[1]) {
      this.format = 'jenkins';
      if (this.here(no).kind !== 'post') this.begin(no, 'Execute shell', 'run', [shell[1]]);
      return true;
    }
    const marked = /^Build step '(.+)' marked build as failure$/.exec(text);
    if (marked) {
      this.format = 'jenkins';
      const step = this.lastOf('run') ?? this.here(no);
      step.failed = true;
      step.end = no;
      this.begin(no + 1, 'Post-build actions', 'post');
      return true;
    }
    const returned = /^ERROR: script returned exit code (\d+)/.exec(text);
    if (returned) {
      const step = this.here(no);
      step.failed = true;
      step.exitCode = Number(returned[1]);
      return true;
    }
    return false;
  }

  private lastOf(kind: StepKind): LogStep | undefined {
    return this.steps.findLast((s) => s.kind === kind);
  }

  /** A step read so far. */
  stepAt(index: number): LogStep | undefined {
    return this.steps[index];
  }
}

function newStep(name: string, kind: StepKind, start: number, commands: string[]): LogStep {
  return { name, kind, commands, start, end: start, failed: false, allowedToFail: false };
}

/** The structure of a whole log; `command` is the one command of a plain log (what run/ ran). */
export function readStructure(log: string, command?: string): LogStructure {
  const reader = new StructureReader(command);
  const lines = log.split('\n');
  lines.forEach((raw, i) => {
    if (hasStructureMarker(raw)) reader.line(i + 1, raw, stripLine(raw));
  });
  const count = log.endsWith('\n') ? lines.length - 1 : lines.length;
  return reader.end(count);
}
