/**
 * The lines the platforms print around a job's steps, each from their own source: GitHub's runner (`##[group]`,
 * composite actions' markers, its cancellation, its timestamps, the job's name), `gh run view --log`'s columns,
 * Travis' and GitLab's phases, a tool's word that it retried, and the lower-case keywords that route such lines to
 * the structure reader (structure.ts) from the scanner's prefilter. What the reader does with them is its own.
 */

/** Lower-case substrings of every line the reader must see (the scanner's prefilter routes them here). */
export const STRUCTURE_KEYWORDS: readonly string[] = [
  '##[group]',
  '##[endgroup]',
  '##[error]',
  'post job cleanup.',
  'complete job name: ',
  'cleaning up orphan processes',
  'travis_fold:',
  'the command "',
  'your build exited with',
  'section_start:',
  'section_end:',
  'job succeeded',
  'job failed',
  '[pipeline]',
  'script returned exit code',
  ' $ /bin/sh',
  ' $ /bin/bash',
  ' $ cmd /c',
  'marked build as failure',
  'finished: ',
  'retry scheduled',
  // RETRY_MARKER's curl --retry, which warns before it tries a transfer again.
  'warning: problem ',
  'warning: transient problem: ',
  // RETRY_MARKER's installs and downloads that were done: pip's, npm's and wget's last words.
  'successfully installed ',
  ' package in ',
  ' packages in ',
  'up to date',
  'some index files failed to download',
  ' saved [',
  'written to stdout ',
  'shell: ',
  // KARMA_RESTARTING, karma restarting a browser it lost, and KARMA_BROWSER_LOST, its warning that it lost one.
  ' attempts)',
  'disconnected (',
  '##[start-action ',
  '##[end-action ',
  // PARALLEL_WAIT: make's and cargo's word that jobs started before a failure still run.
  'waiting for unfinished jobs',
  'waiting for other jobs to finish',
];

/**
 * A build tool's word that one of its jobs failed and it waits for the others it had already started: the lines
 * after it are those jobs' output, printed beside the failure, not a later command's.
 * - GNU make (job.c reap_children, make 4.x: `O (error, NILF, _("*** Waiting for unfinished jobs...."))` once,
 *   behind make's `make[N]: ` prefix) under `-j`.
 * - cargo (src/cargo/core/compiler/job_queue/mod.rs on_error: `shell.warn("build failed, waiting for other jobs
 *   to finish...")`, only while other jobs are active).
 */
export const PARALLEL_WAIT =
  /^(?:\S*[/\\])?g?make(?:\.exe)?(?:\[\d+\])?: \*\*\* Waiting for unfinished jobs\.{4}$|^warning: build failed, waiting for other jobs to finish\.{3}$/;

/** GitLab Runner's job verdicts that name a cause other than the script: its time limit, its own failure. */
export const GITLAB_RUNNER_VERDICT =
  /^ERROR: Job failed(?:: execution took longer than | \(system failure\): )/;

/**
 * A tool saying it will try again what just failed, or that the install it was making is done: the network
 * error printed before it was survived unless one comes again after it.
 * - git's submodule clone (git/git builtin/submodule--helper.c @ f178c13fdac42763a7aa58bf260aa67d9f4393ec,
 *   update_clone_task_finished: "Failed to clone '%s'. Retry scheduled"; a second failure says "Failed to
 *   clone '%s' a second time, aborting").
 * - pip's last word when every requirement was installed (pypa/pip src/pip/_internal/commands/install.py, pip
 *   23.2.1: `write_output("Successfully installed %s", ...)`): the `WARNING: Retrying (Retry(total=N, ...))
 *   after connection broken by ...` lines urllib3 logged on the way (connectionpool.py urlopen) were survived.
 *   A pip that ran out of retries prints no such line, only `No matching distribution found`: they stay its cause.
 * - npm's summary after it reified the tree (npm/cli lib/utils/reify-output.js packagesChangedMessage, npm
 *   11.19.1: `added 412 packages, and audited 413 packages in 9s`, `up to date, audited 2 packages in 1s`; the
 *   time is `ms()`'s), printed only when the install worked: its `npm WARN` about a reset connection was survived.
 * - apt's warning that it went on without the indexes it could not fetch (Debian apt apt-private/private-update.cc:
 *   `W: Some index files failed to download. They have been ignored, or old ones used instead.`): `apt-get
 *   update` exits 0 after it, so the `Temporary failure resolving` above it did not fail the step; its `E:` form
 *   (the update failed) is no marker.
 * - wget's line for a file it saved whole (GNU wget src/http.c, http_loop: `%s (%s) - %s saved [%s/%s]` and
 *   `%s (%s) - written to stdout %s[%s/%s]`, the length alone when the server sent none): a download it gave up
 *   on before (`wget a || wget b`, a mirror list) did not fail the step.
 * - curl's warning that `--retry` will try a failed transfer again (curl/curl src/tool_operate.c retry_sleep @
 *   5c61e168698a72b87437d58ed728bcdea6d5db42: `Problem %s. Retrying in %u second%s. %ld retr%s left.`, before
 *   435eabeac8 `Will retry in`, before 6ecb63e493 `Transient problem: %s Will retry in`; warnf's `Warning: `):
 *   curl prints the attempt's `curl: (18) ...` first (post_check_result), so a transfer that failed again prints
 *   another after it. Under `-s` curl warns nothing, and a script's own retry loop is no curl word: neither shows
 *   that a later attempt worked.
 * karma's restart of a browser it lost is one too, but of that browser alone: KARMA_RESTARTING.
 */
export const RETRY_MARKER =
  /^(?:Failed to clone '.*'\. Retry scheduled$|Successfully installed \S|(?:added|removed|changed) \d+ packages?\b.* in \d+(?:\.\d+)?(?:ms|s|m|h)$|up to date(?:, audited \d+ packages?)? in \d+(?:\.\d+)?(?:ms|s|m|h)$|W: Some index files failed to download\. They have been ignored, or old ones used instead\.$|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \([^)]*\) - (?:.+ saved |written to stdout .*)\[\d+(?:\/\d+)?\]$|Warning: (?:Transient problem: .+ Will retry|Problem (?:\(retrying all errors\)|: [\w ]+)\. (?:Will retry|Retrying)) in \d)/;

/**
 * karma starting again a browser it lost (karma-runner/karma lib/server.js:331-332 @
 * 84f85e7016efc2266fa6b3465f494a3fa151c85c: `Restarting ${name} (${n} of ${browserDisconnectTolerance} attempts)`
 * under the `karma-server` logger, `karma` before 642b1775; log4js's '%d{DATETIME}:%p [%c]: %m'), and its warning
 * that it lost one (lib/browser.js:180 `Disconnected (${n} times) ${reason}` under the browser's own logger,
 * lib/browser.js:31, the same `name`). A restart says the disconnects before it were survived only where it
 * restarted every browser lost until then: another one karma did not restart (its tolerance spent) failed the run.
 */
export const KARMA_BROWSER_LOST =
  /^(?:\d\d \d\d \d{4} \d\d:\d\d:\d\d\.\d{3}:)?WARN \[(.+)\]: Disconnected \(\d+ times\)/;
export const KARMA_RESTARTING =
  /^(?:\d\d \d\d \d{4} \d\d:\d\d:\d\d\.\d{3}:)?INFO \[karma(?:-server)?\]: Restarting (.+) \(\d+ of \d+ attempts\)$/;

/**
 * The header of a job extension the runner runs itself, not a step: a container hook (`run_script_step` runs
 * each step of a job container through it) or a job started/completed hook. actions/runner
 * src/Runner.Worker/Handlers/ScriptHandler.cs @ 258d6c857 (PrintActionDetails) prints `##[group]Run '{path}'`
 * for these and `shell: …` on the very next line; a `run:` step's header prints its script's lines between the
 * two, so a script whose first line is a quoted path alone is told apart by that next line.
 */
export const EXTENSION_HEADER = /^'[^']+'$/;

/**
 * A composite action's markers around each of its steps, which the runner alone can print (it escapes them in
 * a step's output): actions/runner src/Runner.Worker/Handlers/CompositeActionHandler.cs @ 258d6c857
 * (`##[start-action display={name};id={id}]`, `##[end-action id={id};outcome={outcome};conclusion={conclusion};
 * duration_ms={ms}]`, properties escaped by ActionCommand.EscapeValue, so `;` never occurs inside one).
 * `outcome=failure;conclusion=success` is a step that failed and was allowed to (continue-on-error): the only
 * place a raw log says so; a top-level step's continue-on-error is written to the runner's trace alone.
 */
export const ACTION_MARKER = /^##\[(start|end)-action ([^\]]*)\]$/;

/** The runner's words when a step is cancelled (actions/runner src/Runner.Worker/StepsRunner.cs, "The operation was canceled."). */
export const CANCELLATION = /^##\[error\]The operation was canceled\.?$/;

/**
 * The runner's timestamp before a line, UTC ISO 8601 (a job log's own prefix, `gh run view --log`'s third column),
 * searched near the start only: a tool's own output may print times too.
 */
const RUNNER_TIME = /(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z) /;

export function runnerTime(raw: string): number | undefined {
  const match = RUNNER_TIME.exec(raw.slice(0, 160));
  const at = match?.[1] === undefined ? NaN : Date.parse(match[1]);
  return Number.isNaN(at) ? undefined : at;
}

/**
 * The runner's line naming the job in its set-up (actions/runner src/Runner.Worker/JobExtension.cs @ 258d6c85,
 * the job's JobDisplayName).
 */
export const JOB_NAME_LINE = 'Complete job name: ';

/** A `gh run view --log` line: `job<TAB>step<TAB>timestamp line`. */
export const GH_CLI_LINE = /^[^\t]*\t[^\t]*\t/;

// Phases that run after the script and cannot fail the job (cache.1, before the install, is not one).
export const TRAVIS_HOOKS = /^(?:after_failure|after_script|after_success|before_cache|after_deploy)/;
export const GITLAB_SETUP =
  /^(?:prepare_executor|prepare_script|resolve_secrets|get_sources|restore_cache|download_artifacts)/;
export const GITLAB_POST = /^(?:archive_cache|upload_artifacts|cleanup_)/;

/** Whether a line may carry a structure marker (case-insensitive, as the scanner's prefilter sees it). */
export function hasStructureMarker(raw: string): boolean {
  const lower = raw.toLowerCase();
  return STRUCTURE_KEYWORDS.some((k) => lower.includes(k));
}
