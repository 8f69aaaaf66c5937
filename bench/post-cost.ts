/**
 * What a failed job's post costs: one pull-request job whose test fails (the comment, the plan, the ledger and
 * test history all to write), run through the stand with the action's post started through a wrapper that
 * reads its CPU (user + sys of the reaped child) and, with `--cpu-prof DIR`, writes a V8 CPU profile of it.
 * With `--against DIR` (another build's dist/, or a checkout holding one; the action.yml beside that dist/, when
 * there is one, is that side's) the same job runs with that build's root action in the same rounds,
 * alternating which goes first, and each round's difference is printed: paired, so a busy machine slows both
 * alike. Each post's log lines are printed with the milliseconds since its start.
 *
 * `--case plain` fails a plain `run:` step instead (post classifies it), `--case green` fails nothing, and
 * `--case green-push` is a green push to main (no pull request: main reads no labels through the API).
 * `--latency MS` answers every call to the GitHub API and the Results service MS later, as services across
 * the internet answer (the blob storage behind the signed URLs stays on loopback): what a round trip fewer saves.
 * The end also gives ci-recovery's own stages together (pre + main + post, the bundles the runner runs for
 * the root action; not the `run/` step's), per stage and summed: issue 67's cost of a job without checkpoints,
 * beside the `run/` step's own stage and Node's own start: each round also starts the same Node through the same
 * wrapper with nothing to run (`node -e 0`), so the three stages' sum reads against three of those, taken in
 * the same minutes and load.
 * The CPU read from the reaped child counts in clock ticks (10 ms); `--fine-cpu` reads it instead from each
 * node stage itself at its exit (`process.cpuUsage()`, microseconds), so a cut of a few ms shows in the paired
 * figures. That reading is taken before the stage's own exit handlers run, and leaves out the processes the
 * stage starts (the `run/` step's command): compare like with like. Every stage of both sides loads its module.
 * `--with-config` puts a config file without team rules in each job's workspace (`.github/ci-recovery.yml`,
 * one budget): what main's read of a team's config costs.
 * `--with-ledger` (with `--case green-push`) first pushes a failing job and a green one with this build: main's
 * newest ledger then holds a failure answered by a pass, as after a recovered failure (else there is none).
 * `--calls` puts among post's lines the stand's API and Results calls answered while it ran (the API's when its
 * answer began, after the latency), to show which went one after another.
 *
 *   npx tsx bench/post-cost.ts [--runs 6] [--case run|plain|green|green-push] [--with-config] [--with-ledger] [--latency MS] [--against DIR] [--cpu-prof DIR] [--node-arg ARG]... [--all-stages] [--fine-cpu] [--calls] [--quiet]
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { standNode } from '../stand/services/node24.js';
import { repoRoot } from '../stand/services/paths.js';
import { startStand, type Stand } from '../stand/services/stand.js';
import { runJob } from '../stand/runner/job.js';
import { checkout, pullRequestEvent } from '../stand/scenarios/workspace.js';
import { FAILING_TEST } from '../stand/scenarios/pr-test-failure.js';
import { againstDist } from './against.js';
import { median, sideOrder } from './stats.js';

/** The Results service's methods (artifacts and cache), which `--latency` delays. */
const TWIRP_METHODS = [
  'CreateArtifact',
  'FinalizeArtifact',
  'ListArtifacts',
  'GetSignedArtifactURL',
  'DeleteArtifact',
  'CreateCacheEntry',
  'FinalizeCacheEntryUpload',
  'GetCacheEntryDownloadURL',
];

/** Runs node with the stage's arguments; appends one JSON line per stage: wall, CPU, post's output lines. */
const WRAPPER = `
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, unlinkSync } from 'node:fs';
const args = process.argv.slice(2);
const isPost = /post\\.js$/.test(args[0] ?? '');
const t0 = Date.now();
const lines = [];
let rest = '';
const extra = isPost || ALL ? EXTRA : [];
const fine = FINE ? ['--import', FINE] : [];
const child = spawn(NODE, [...fine, ...extra, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const parts = (rest + chunk.toString('utf8')).split('\\n');
  rest = parts.pop();
  for (const line of parts) lines.push([Date.now() - t0, line.slice(0, 160)]);
});
child.on('close', (code) => {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const ticks = (Number(f[13]) + Number(f[14])) * 10;
  // The stage's own reading at its exit (--fine-cpu), in microseconds, else the reaped child's ticks (said).
  const reading = FINE + '.' + child.pid;
  const own = FINE && existsSync(reading) ? Number(readFileSync(reading, 'utf8')) : NaN;
  if (FINE && existsSync(reading)) unlinkSync(reading);
  if (FINE && !Number.isFinite(own)) process.stderr.write('fine-cpu: no reading from ' + args[0] + ' (ended by a signal?): its ticks counted\\n');
  const cpuMs = Number.isFinite(own) ? Math.round(own / 100) / 10 : ticks;
  const entry = (args[0] ?? '').split('/').slice(-2).join('/');
  const stage = { run: process.env.GITHUB_RUN_ID, entry, t0, ms: Date.now() - t0, cpuMs, lines: isPost ? lines : [] };
  appendFileSync(LOG, JSON.stringify(stage) + '\\n');
  process.exitCode = code ?? 1;
});
`;

interface PostLog {
  run: string;
  /** The bundle's entry the stage ran (`dist/post.js`). */
  entry: string;
  /** When the stage started (epoch ms): `--calls` places the services' answers from it. */
  t0: number;
  ms: number;
  cpuMs: number;
  lines: [number, string][];
}

/** Loaded first by each node stage with `--fine-cpu`: writes the process's CPU (user + system, µs) at its exit. */
const FINE_CPU = `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(import.meta.filename + '.' + process.pid, String(user + system));
});
`;

function wrapper(
  dir: string,
  extra: string[],
  opts: { all: boolean; fineCpu: boolean },
): { node: string; log: string } {
  const log = path.join(dir, 'posts.jsonl');
  writeFileSync(log, '');
  const fine = opts.fineCpu ? path.join(dir, 'fine-cpu.mjs') : '';
  if (fine) writeFileSync(fine, FINE_CPU);
  const node = path.join(dir, 'node.mjs');
  const consts = `const LOG = ${JSON.stringify(log)};\nconst NODE = ${JSON.stringify(standNode())};\nconst EXTRA = ${JSON.stringify(extra)};\nconst ALL = ${String(opts.all)};\nconst FINE = ${JSON.stringify(fine)};\n`;
  // Run by its shebang, not through sh: dash drops the runner's INPUT_GITHUB-TOKEN-style names.
  writeFileSync(node, `#!${standNode()}\n${consts}${WRAPPER}`);
  chmodSync(node, 0o755);
  return { node, log };
}

/**
 * An action directory holding `dist` as its dist/, with the action.yml beside it (a checkout's, or one
 * extracted with its dist/), else this checkout's: its `runs:` says which stages the runner starts (an
 * action with a `pre:` pays one Node start more).
 */
function actionDir(dist: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-cost-action-'));
  const beside = path.join(path.dirname(dist), 'action.yml');
  const metadata = existsSync(beside) ? beside : path.join(repoRoot, 'action.yml');
  console.log(`other side: ${dist} with ${metadata}`);
  cpSync(metadata, path.join(dir, 'action.yml'));
  cpSync(dist, path.join(dir, 'dist'), { recursive: true });
  return dir;
}

/**
 * What fails: the tests through ci-recovery's `run/` step (its record carries the verdict), or through a plain
 * `run:` step, which only the jobs API reports (post classifies it), or nothing (a green job; `green-push`: a
 * push to main, not a pull request).
 */
export type Case = 'run' | 'plain' | 'green' | 'green-push';

const TEST_COMMAND = 'node --test --test-reporter=tap test/math.test.mjs';

/** `--with-config`: a team's config without team rules, as most are. */
const CONFIG_FILES = { '.github/ci-recovery.yml': 'budgets:\n  HEAVY: { max-attempts: 3 }\n' };

/** A green push to main whose one commit adds the test (run `runId`), with the root action at `action`. */
async function pushJob(
  stand: Stand,
  job: { action: string; node: string; runId: number; config: boolean; fails?: boolean },
) {
  const before = stand.git.seeded.at(-1)!;
  const test = job.fails ? FAILING_TEST : FAILING_TEST.replace('1 + 1, 3', '1 + 1, 2');
  const workspace = await checkout(stand, 'main', {
    'test/math.test.mjs': test,
    ...(job.config ? CONFIG_FILES : {}),
  });
  const git = (...args: string[]): unknown =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: workspace });
  git('add', '-A');
  git('commit', '-q', '-m', 'a test');
  return runJob({
    stand,
    workspace,
    runId: job.runId,
    jobId: job.runId * 10,
    jobKey: 'unit',
    jobName: 'unit',
    event: {
      name: 'push',
      payload: { before, repository: { default_branch: 'main', full_name: stand.repo } },
    },
    node: job.node,
    steps: [
      { id: 'recovery', uses: job.action, with: {} },
      { id: 'test', uses: 'run', with: { stage: 'test', run: TEST_COMMAND } },
    ],
  });
}

/** One PR job (its own PR and run), or a push (`green-push`), with the root action at `action`; returns its run id. */
async function prJob(
  stand: Stand,
  job: { action: string; node: string; runId: number; kind: Case; config: boolean },
): Promise<number> {
  const { action, node, runId, kind } = job;
  if (kind === 'green-push') return checked(await pushJob(stand, job), runId, 'success');
  const base = stand.git.seeded.at(-1)!;
  const prNumber = runId;
  stand.github.addPull({
    repo: stand.repo,
    number: prNumber,
    head: { ref: 'feature', sha: base },
    title: 'x',
  });
  const event = pullRequestEvent({ repo: stand.repo, number: prNumber, base, head: { ref: 'feature' } });
  const test = kind === 'green' ? FAILING_TEST.replace('1 + 1, 3', '1 + 1, 2') : FAILING_TEST;
  const workspace = await checkout(stand, 'main', {
    'test/math.test.mjs': test,
    ...(job.config ? CONFIG_FILES : {}),
  });
  const result = await runJob({
    stand,
    workspace,
    runId,
    jobId: runId * 10,
    jobKey: 'unit',
    jobName: 'unit',
    ref: `refs/pull/${prNumber}/merge`,
    event,
    env: { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' },
    node,
    steps: [
      { id: 'recovery', uses: action, with: {} },
      kind === 'plain'
        ? { id: 'test', run: TEST_COMMAND }
        : { id: 'test', uses: 'run', with: { stage: 'test', run: TEST_COMMAND } },
    ],
  });
  return checked(result, runId, kind === 'green' ? 'success' : 'failure');
}

/** Run `runId`'s id, once its post succeeded and its test step ended as `expected`. */
function checked(result: Awaited<ReturnType<typeof runJob>>, runId: number, expected: string): number {
  const post = result.stage('recovery', 'post');
  if (post?.outcome !== 'success') throw new Error(`run ${runId}: post ${post?.outcome ?? 'did not run'}`);
  if (result.steps.test?.outcome !== expected)
    throw new Error(`run ${runId}: the test step's outcome was not ${expected}`);
  return runId;
}

/** Every node stage of run `runId`, in the order they ended. */
function stagesOf(log: string, runId: number): PostLog[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as PostLog)
    .filter((p) => p.run === String(runId));
}

/** To a tenth of a millisecond: what `--fine-cpu`'s readings and their differences are printed to. */
const r1 = (x: number): number => Math.round(x * 10) / 10;

/** The root action's own stages, whose sum is what a job without checkpoint paths pays for ci-recovery. */
const OWN = ['pre', 'main', 'post'] as const;

/** Post's stage of run `runId`, and the wall and CPU of each of the root action's own stages and their sum. */
function postOf(log: string, runId: number): { post: PostLog; own: Record<string, [number, number]> } {
  const stages = stagesOf(log, runId);
  console.log(`  node stages: ${stages.map((p) => `${p.entry} ${p.ms} ms, CPU ${p.cpuMs} ms`).join('; ')}`);
  const found = stages.find((p) => p.entry.endsWith('post.js'));
  if (!found) throw new Error(`run ${runId}: no post in ${log}`);
  const own: Record<string, [number, number]> = { 'pre+main+post': [0, 0] };
  for (const name of OWN) {
    // An action without `pre:` (ci-recovery's today, or any local `uses: ./` one) has no pre stage: 0.
    const s = stages.find((p) => p.entry === `dist/${name}.js`);
    own[name] = [s?.ms ?? 0, s?.cpuMs ?? 0];
    own['pre+main+post']![0] += s?.ms ?? 0;
    own['pre+main+post']![1] += s?.cpuMs ?? 0;
  }
  const run = stages.find((p) => p.entry === 'dist/run.js');
  own['run/'] = [run?.ms ?? 0, run?.cpuMs ?? 0];
  return { post: found, own };
}

/** Node's own start, no module of ours: the same Node through the same wrapper (and `--fine-cpu` reading). */
function nodeFloor(node: string, log: string, round: number): [number, number] {
  const runId = `floor-${round}`;
  execFileSync(node, ['-e', '0'], { env: { ...process.env, GITHUB_RUN_ID: runId }, stdio: 'ignore' });
  const got = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as PostLog)
    .find((p) => p.run === runId);
  if (!got) throw new Error(`round ${round}: no reading of Node's bare start in ${log}`);
  return [got.ms, got.cpuMs];
}

/** Medians per own stage and side, and the paired differences of the first side against the second. */
function printOwn(
  sides: { name: string }[],
  own: Record<string, [number, number]>[][],
  floor: [number, number][],
): void {
  console.log("\nci-recovery's own stages (median wall / CPU ms; paired this - other):");
  for (const stage of [...OWN, 'pre+main+post', 'run/']) {
    const col = (i: number, k: 0 | 1): number[] => own[i]!.map((o) => o[stage]![k]);
    // A plain `run:` step (`--case plain`) has no `run/` stage to show.
    if (stage === 'run/' && sides.every((_, i) => col(i, 0).every((ms) => ms === 0))) continue;
    const cells = sides.map((s, i) => `${s.name} ${r1(median(col(i, 0)))} / ${r1(median(col(i, 1)))}`);
    if (sides.length === 2) {
      const d = (k: 0 | 1): number => r1(median(col(0, k).map((x, r) => x - (col(1, k)[r] ?? 0))));
      cells.push(`this - other ${d(0)} / ${d(1)}`);
    }
    console.log(`  ${stage.padEnd(14)} ${cells.join('   ')}`);
  }
  const f = (k: 0 | 1): number => r1(median(floor.map((x) => x[k])));
  console.log(
    `  node -e 0      ${f(0)} / ${f(1)}: Node's own start, no module of ours (three of them: ${r1(3 * f(0))} / ${r1(3 * f(1))})`,
  );
}

function describe(name: string, p: PostLog, verbose: boolean, calls: Answered[] = []): string {
  const out = [`  ${name.padEnd(6)} post ${p.ms} ms, CPU ${p.cpuMs} ms`];
  const rows: [number, string][] = verbose ? [...p.lines] : [];
  // The services' calls answered while post ran (`--calls`): which went one after another.
  for (const c of calls) if (c.at >= p.t0 && c.at <= p.t0 + p.ms) rows.push([c.at - p.t0, `<- ${c.what}`]);
  rows.sort((a, b) => a[0] - b[0]);
  for (const [at, line] of rows) out.push(`      @${String(at).padStart(5)}  ${line.slice(0, 120)}`);
  return out.join('\n');
}

/** A call the stand's GitHub API or Results service answered (or, for the API, began to answer), and when. */
interface Answered {
  at: number;
  what: string;
}

/** Times each call the stand's services record, as it is recorded. */
function timeCalls(stand: Stand): Answered[] {
  const answered: Answered[] = [];
  const watch = <T>(list: T[], what: (c: T) => string): void => {
    const push = list.push.bind(list);
    list.push = (...items: T[]): number => {
      for (const c of items) answered.push({ at: Date.now(), what: what(c) });
      return push(...items);
    };
  };
  watch(stand.github.calls, (c) => `api ${c.method} ${c.path.split('?')[0]}`);
  watch(stand.results.calls, (c) => `results ${c.method} ${c.status}`);
  return answered;
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const runs = Number(value('--runs') ?? 6);
  const kind = (value('--case') ?? 'run') as Case;
  if (!['run', 'plain', 'green', 'green-push'].includes(kind))
    throw new Error(`--case ${kind}: one of run, plain, green, green-push`);
  const withLedger = argv.includes('--with-ledger');
  // Each PR job is a PR of its own, whose cache no other PR reads: a ledger to find is main's, pushed to.
  if (withLedger && kind !== 'green-push') throw new Error('--with-ledger: with --case green-push');
  const prof = value('--cpu-prof');
  const verbose = !argv.includes('--quiet');
  const against = againstDist(argv);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-cost-'));
  // Node's own flags for post (every node stage with --all-stages): its CPU profile, and any given with
  // --node-arg (a module-load trace).
  const extra = argv.flatMap((a, i) => (argv[i - 1] === '--node-arg' ? [a] : []));
  if (prof) extra.push('--cpu-prof', '--cpu-prof-dir', path.resolve(prof));
  const { node, log } = wrapper(dir, extra, {
    all: argv.includes('--all-stages'),
    fineCpu: argv.includes('--fine-cpu'),
  });
  const sides = [{ name: 'this', action: '.' }];
  if (against) sides.push({ name: 'other', action: actionDir(against) });
  const seed = [{ message: 'initial', files: { 'src/math.mjs': 'export const add = (a, b) => a + b;\n' } }];
  const stand = await startStand({ commits: seed });
  const config = argv.includes('--with-config');
  const latency = Number(value('--latency') ?? 0);
  stand.github.latencyMs = latency;
  const calls = argv.includes('--calls') ? timeCalls(stand) : [];
  for (const method of TWIRP_METHODS) stand.results.delay(method, latency);
  const wall: number[][] = sides.map(() => []);
  const cpu: number[][] = sides.map(() => []);
  const own: Record<string, [number, number]>[][] = sides.map(() => []);
  const floor: [number, number][] = [];
  let runId = 3000;
  try {
    console.log(`load: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
    console.log(
      `case: ${kind}${config ? ', a config file without team rules' : ''}${latency ? `, every API and Results service call answered ${latency} ms later` : ''}`,
    );
    // `--with-ledger`: main's ledger holds a failure this build's green push answered (its newest entry, saved
    // in this build's key format): what a green post finds once the branch has failed and recovered.
    if (withLedger)
      for (const fails of [true, false]) {
        const id = (runId += 1);
        checked(
          await pushJob(stand, { action: '.', node, runId: id, config, fails }),
          id,
          fails ? 'failure' : 'success',
        );
      }
    await prJob(stand, { action: '.', node, runId: (runId += 1), kind, config }); // warm the file cache and the stand; not counted
    for (let round = 1; round <= runs; round++) {
      console.log(`\n[round ${round}] load ${os.loadavg()[0]?.toFixed(2)}`);
      const here: PostLog[] = [];
      for (const i of sideOrder(sides.length, round)) {
        const side = sides[i]!;
        const job = { action: side.action, node, runId: (runId += 1), kind, config };
        const got = postOf(log, await prJob(stand, job));
        const p = got.post;
        own[i]!.push(got.own);
        here[i] = p;
        wall[i]!.push(p.ms);
        cpu[i]!.push(p.cpuMs);
        console.log(describe(side.name, p, verbose, calls));
      }
      floor.push(nodeFloor(node, log, round));
      console.log(`  node -e 0: ${floor.at(-1)![0]} ms, CPU ${floor.at(-1)![1]} ms`);
      if (here.length === 2)
        console.log(
          `  this - other: wall ${here[0]!.ms - here[1]!.ms} ms, CPU ${here[0]!.cpuMs - here[1]!.cpuMs} ms`,
        );
    }
    console.log(`\nload at the end: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
    for (const [i, side] of sides.entries())
      console.log(
        `${side.name}: post (${kind}), median wall ${median(wall[i]!)} ms (${wall[i]!.join(', ')}), CPU ${r1(median(cpu[i]!))} ms (${cpu[i]!.join(', ')})`,
      );
    if (sides.length === 2) {
      const d = (xs: number[][]): number[] => xs[0]!.map((x, k) => r1(x - (xs[1]![k] ?? 0)));
      console.log(`this - other, paired: wall median ${median(d(wall))} ms (${d(wall).join(', ')})`);
      console.log(`this - other, paired: CPU median ${r1(median(d(cpu)))} ms (${d(cpu).join(', ')})`);
    }
    printOwn(sides, own, floor);
  } finally {
    await stand.stop();
    if (prof) console.log(`CPU profiles of post: ${path.resolve(prof)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
