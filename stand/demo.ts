/**
 * `npm run demo`: the recovery stories end to end, each a real job run from the dist/ bundles by the
 * local runner against the local stand (Azurite, the Results service, the GitHub API fake, a bare git
 * remote). It prints what a person would see: outputs, decisions, summaries and PR comments.
 */
import type { JobResult, StageResult } from './runner/job.js';
import { runLaptopStory } from './scenarios/cli-laptop.js';
import { FLAKY_SUITE, runFlakyTestStory } from './scenarios/flaky-test-pr.js';
import { runJobSlice } from './scenarios/job-slice.js';
import { runMatrixScenario } from './scenarios/matrix.js';
import { networkRetryScenario } from './scenarios/network-retry.js';
import { runPrTestFailure } from './scenarios/pr-test-failure.js';
import { runBisectStory } from './scenarios/supervise-bisect.js';
import { runResumeStory } from './scenarios/supervise-resume.js';
import { runRevertStory } from './scenarios/supervise-revert.js';
import { standNode } from './services/node24.js';
import { startStand, type Stand } from './services/stand.js';
import { clip } from './text.js';

const bold = (s: string): string => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s: string): string => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s);

function heading(n: number, title: string): void {
  process.stdout.write(`\n${bold(`== Story ${n}: ${title}`)}\n`);
}

function line(text: string): void {
  process.stdout.write(`   ${text}\n`);
}

function outputs(label: string, stage: StageResult | undefined, keys: string[]): void {
  if (!stage) return;
  const shown = keys.filter((k) => stage.outputs[k] !== undefined).map((k) => `${k}=${stage.outputs[k]}`);
  line(`${label}: ${stage.outcome}${shown.length ? `  (${shown.join(', ')})` : ''}`);
}

/** The first lines of a markdown summary, indented. */
function excerpt(markdown: string, lines = 14): void {
  const all = markdown.split('\n').filter((l) => l.trim() !== '');
  for (const l of all.slice(0, lines)) line(dim(`| ${clip(l, 150)}`));
  if (all.length > lines) line(dim(`| ... (${all.length - lines} more lines)`));
}

/** The lines of a summary that say what recovery saved (or will save). */
function timeSavedLines(label: string, markdown: string): void {
  line(`${label}, time saved:`);
  const wanted = /Saved|resume skipped|in-step retry|resumed \(took|re-run resumes/;
  for (const l of markdown.split('\n').filter((x) => wanted.test(x))) line(dim(`| ${clip(l, 160)}`));
}

/** A story that must end green on its re-run says so, or fails the demo. */
function greenOnRerun(job: JobResult, what: string): void {
  line(`${what}: ${job.conclusion}`);
  if (job.conclusion !== 'success') throw new Error(`${what} did not end green`);
}

function stages(job: JobResult): void {
  for (const s of job.stages.filter((x) => x.ran)) line(dim(`${s.name.padEnd(40)} ${s.outcome}`));
}

async function withStand<T>(
  fn: (stand: Stand) => Promise<T>,
  files: Record<string, string> = { 'src/math.mjs': 'export const add = (a, b) => a + b;\n' },
): Promise<T> {
  const stand = await startStand({ commits: [{ message: 'initial', files }] });
  try {
    return await fn(stand);
  } finally {
    await stand.stop();
  }
}

type Story = [title: string, play: () => Promise<void>];

const stories: Story[] = [
  [
    'a HEAVY job times out: the supervisor re-runs it and attempt 2 resumes from the checkpoint',
    () =>
      withStand(async (stand) => {
        const story = await runResumeStory(stand);
        outputs('attempt 1, test stage', story.attempt1.stage('test', 'main'), [
          'attempts',
          'failure-type',
          'strategy',
        ]);
        line(
          `supervisor decisions: ${story.supervisor.decisions.map((d) => `${d.job}: ${d.action} (${d.reason})`).join('; ')}`,
        );
        line(`re-runs requested from GitHub: ${story.reruns}`);
        timeSavedLines('supervisor summary', story.supervisor.summary);
        outputs('attempt 2, main', story.attempt2.stage('recovery', 'main'), [
          'resumed',
          'resume-from',
          'completed-stages',
        ]);
        outputs('attempt 2, build stage', story.attempt2.stage('build', 'main'), ['skipped']);
        outputs('attempt 2, test stage', story.attempt2.stage('test', 'main'), ['attempts']);
        line(`job attempt 2: ${story.attempt2.conclusion}`);
        timeSavedLines('attempt 2 summary', story.attempt2.summary);
      }),
  ],
  [
    'a network error on the first try: the run/ wrapper types it, retries in the step, and the job ends green',
    async () => {
      const result = await networkRetryScenario();
      line(`job: ${result.conclusion}`);
      line(
        `run/ outputs: attempts=${result.outputs.attempts}, failure-type=${result.outputs['failure-type']}, ` +
          `strategy=${result.outputs.strategy}, the command's own fixtures=${result.outputs.fixtures}`,
      );
      line(`evidence of attempt 1: ${result.outputs.evidence ?? ''}`);
    },
  ],
  [
    'a unit test fails on a PR: no blind retry, a person decides, one sticky comment for two racing jobs',
    () =>
      withStand(async (stand) => {
        const result = await runPrTestFailure(stand, { jobs: 2 });
        for (const job of result.jobs) {
          outputs(`run/ step of ${job.env.GITHUB_JOB ?? 'job'}`, job.stage('test', 'main'), [
            'attempts',
            'failure-type',
            'strategy',
            'evidence',
          ]);
        }
        line(`sticky comments on PR #${result.prNumber}: ${result.stickyComments.length}`);
        excerpt(result.stickyComments[0] ?? '', 12);
      }),
  ],
  [
    'a known-flaky test fails on a pull request: only it is re-run, the job goes green and the test is reported flaky; quarantined when quarantine is on',
    () => withStand(flakyTestStory, FLAKY_SUITE),
  ],
  [
    "a HEAVY job runs past the job's timeout-minutes: cancelled, not failed; the supervisor tells it from a person's cancel and resumes it",
    () =>
      withStand(async (stand) => {
        const story = await runResumeStory(stand, { runId: 7300, jobTimeout: true });
        line(`attempt 1: ${story.attempt1.conclusion}`);
        const timeout = story.attempt1.annotations.find((a) => /maximum execution time/.test(a.message));
        line(`runner annotation: ${timeout?.message ?? '(none)'}`);
        line(
          `supervisor decisions: ${story.supervisor.decisions.map((d) => `${d.job}: ${d.action} (${d.reason})`).join('; ')}`,
        );
        outputs('attempt 2, main', story.attempt2.stage('recovery', 'main'), ['resumed', 'completed-stages']);
        outputs('attempt 2, build stage', story.attempt2.stage('build', 'main'), ['skipped']);
        greenOnRerun(story.attempt2, 'job attempt 2');
      }),
  ],
  [
    'a two-leg matrix fails its tests: each leg checkpoints under its own name and resumes only its own files',
    () =>
      withStand(async (stand) => {
        const { legs } = await runMatrixScenario(stand);
        for (const leg of legs) {
          line(
            `node ${leg.node}, attempt 1: ${leg.attempt1.conclusion}, checkpoint ${leg.attempt1.stage('ckpt', 'main')?.outputs['checkpoint-id'] ?? '?'}`,
          );
        }
        for (const leg of legs) {
          outputs(`node ${leg.node}, attempt 2, main`, leg.attempt2.stage('recovery', 'main'), [
            'resumed',
            'resume-from',
          ]);
          line(`node ${leg.node}: dist/leg.txt after the resume: ${leg.restoredLeg.trim()}`);
          greenOnRerun(leg.attempt2, `node ${leg.node}, job attempt 2`);
        }
      }),
  ],
  [
    'a commit breaks the default branch: a confirming re-run, then a draft revert PR with a rollback record',
    () =>
      withStand(async (stand) => {
        const story = await runRevertStory(stand, 'plain');
        for (const [i, run] of story.supervisors.entries()) {
          line(
            `supervisor run ${i + 1}: ${run.decisions.map((d) => `${d.job}: ${d.action}`).join('; ') || 'nothing to do'}`,
          );
        }
        line(`culprit ${story.culprit.slice(0, 12)} (parent ${story.parent.slice(0, 12)} was green)`);
        line(
          `draft revert PR #${story.revertPr?.number ?? '?'} on ${story.branch}: "${story.revertPr?.title ?? ''}"`,
        );
        line(
          `branch holds exactly the inverse of the culprit: ${story.branchDiff === story.inverseDiff ? 'yes' : 'NO'}`,
        );
        const record = (story.revertPr?.body ?? '').split('\n').filter((l) => l.trim() !== '');
        line('rollback record in the PR body:');
        for (const l of record.slice(0, 14)) line(dim(`| ${clip(l, 150)}`));
      }),
  ],
  [
    'three commits since the last green run, the second broke the tests: probes find it, and only it is reverted',
    () =>
      withStand(async (stand) => {
        const story = await runBisectStory(stand);
        line(
          `last green ${story.green.slice(0, 12)}; then ${story.commits.map((c) => c.slice(0, 12)).join(', ')}`,
        );
        for (const [i, step] of story.steps.entries())
          line(`supervisor run ${i + 1}, for ${step.calledFor}: ${step.action}: ${clip(step.reason, 160)}`);
        if (!story.revertPr || !story.record) throw new Error('the bisection opened no revert PR');
        line(`draft revert PR #${story.revertPr.number} of ${story.record.from.commit.slice(0, 12)} alone`);
        line(`the parser is back to before the culprit: ${story.revertedFile?.trim() ?? '?'}`);
        line('the rollback record names the probes:');
        for (const p of story.record.probes ?? []) line(dim(`| ${p}`));
      }),
  ],
  [
    'the CLI on a laptop: classify real CI logs; checkpoint, incremental checkpoint, restore, tamper refused',
    async () => {
      const story = await runLaptopStory();
      for (const l of story.classified.stdout
        .trim()
        .split('\n')
        .filter((x) => x !== '')) {
        const v = JSON.parse(l) as {
          file: string;
          type: string;
          confidence: string;
          rule: string;
          evidence?: { line: number; text: string };
        };
        line(
          `classify ${v.file.split('/').pop()}: ${v.type} (${v.confidence}, ${v.rule}) line ${v.evidence?.line ?? '-'}: ${clip(v.evidence?.text ?? '', 90)}`,
        );
      }
      const json = (r: { stdout: string }): Record<string, unknown> =>
        JSON.parse(r.stdout || '{}') as Record<string, unknown>;
      const full = json(story.full);
      const inc = json(story.incremental);
      line(
        `checkpoint before-tests: ${String(full.kind)}, ${String(full.files)} files, stored ${String(full.stored)}`,
      );
      line(
        `checkpoint after-tests: ${String(inc.kind)} on ${String(inc.parent)}, stored ${String(inc.stored)} changed file(s)`,
      );
      line(`restore --dry-run would modify: ${JSON.stringify(json(story.dryRun).modified)}`);
      line(`restore: restored=${String(json(story.restore).restored)}`);
      line(`tampered archive: exit ${story.tampered.code}: ${clip(story.tampered.stderr.trim(), 160)}`);
      line(
        `workspace after the refused restore keeps the local edit: ${story.afterRefusal.includes('local edit') ? 'yes' : 'NO'}`,
      );
    },
  ],
];

/** The lines of a step's log that say what run/ did with its failed tests. */
function testLog(stage: StageResult | undefined): void {
  const wanted =
    /ci-recovery: (\d+ test\(s\) failed|re-running|.*: (failed, then passed|failed on|quarantined))/;
  for (const l of (stage?.stdout ?? '').split('\n').filter((x) => wanted.test(x)))
    line(dim(`| ${clip(l, 160)}`));
}

/** The rows of the Tests table of a job's summary (between its heading and the next). */
function testsTable(markdown: string): void {
  const from = markdown.split('\n### Tests\n')[1]?.split('\n### ')[0] ?? '';
  for (const l of from.split('\n').filter((x) => x.startsWith('| `'))) line(dim(`| ${clip(l, 260)}`));
}

async function flakyTestStory(stand: Stand): Promise<void> {
  const story = await runFlakyTestStory(stand);
  const keys = ['tests-flaky', 'tests-rerun', 'tests-failed'];
  line(
    'default branch: the payment test failed, then passed on a re-run of itself; post kept it in the history',
  );
  outputs('  test step', story.onMain.stage('test', 'main'), keys);
  const main = story.onPr.stage('recovery', 'main')?.stdout ?? '';
  const history = main.split('\n').find((l) => l.includes('flaky-test history of'));
  line(`pull request #31, main: ${clip(history?.replace(/^ci-recovery: /, '') ?? '(no history line)', 160)}`);
  outputs('pull request #31, test step', story.onPr.stage('test', 'main'), ['flaky-tests', ...keys]);
  testLog(story.onPr.stage('test', 'main'));
  greenOnRerun(story.onPr, 'pull request #31, job');
  line('job summary, its Tests table:');
  testsTable(story.onPr.stage('recovery', 'post')?.summary ?? '');
  line('with tests: { quarantine: true }, the test fails on every re-run too:');
  const quarantined = story.quarantined.stage('test', 'main');
  outputs('  test step', quarantined, ['quarantined-tests', ...keys]);
  testLog(quarantined);
  greenOnRerun(story.quarantined, '  job');
}

/** What the root action keeps and reports around a failing step, for those who want the internals. */
const underTheHood: Story = [
  'under the hood: what main and post record and report around a failing step',
  () =>
    withStand(async (stand) => {
      const { job } = await runJobSlice('plain', stand);
      stages(job);
      line(`main saved state job-start = ${job.stage('recovery', 'main')?.state['job-start'] ?? '?'}`);
      outputs('main', job.stage('recovery', 'main'), ['lane', 'attempt', 'resumed', 'config-file']);
      const post = job.stage('recovery', 'post');
      line(
        `post: ${post?.outcome ?? '?'} (no outputs: the runner drops outputs set in post; it reports in the summary and the plan artifact)`,
      );
      line('job summary written by post:');
      excerpt(job.stage('recovery', 'post')?.summary ?? '');
    }),
];

/** `npm run demo -- --verbose` adds the internals after the stories. */
const verbose = process.argv.includes('--verbose');

/**
 * Output piped into a reader that stops early (`npm run demo | head`): stop quietly; the Azurites this
 * process started are killed as it exits (stand/services/azurite.ts).
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(): Promise<void> {
  try {
    standNode();
  } catch (error) {
    process.stderr.write(`ci-recovery demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(bold('ci-recovery demo: real dist/ bundles, local runner, local services\n'));
  let failed = 0;
  const shown = verbose ? [...stories, underTheHood] : stories;
  for (const [i, [title, play]] of shown.entries()) {
    heading(i + 1, title);
    try {
      await play();
    } catch (error) {
      failed++;
      line(`story failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  process.stdout.write(`\n${shown.length - failed} of ${shown.length} stories ran.\n`);
  if (!verbose) process.stdout.write(dim("Run 'npm run demo -- --verbose' to see the internals too.\n"));
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
