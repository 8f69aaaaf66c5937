/**
 * What a green job's own stages load (issue 67, item 2: a job without checkpoint paths pays ≤ 0.3 s): a green
 * PR job through the stand and the dist/ bundles, each node stage started with a module hook that notes every
 * bundle file it loads, and at its exit whether Node's own undici (global fetch) was loaded. Main and post
 * speak to the cache service (the ledger, the test history) through `@actions/http-client`, which imports
 * undici at its top for a proxy agent nobody builds here (src/adapters/undici-lazy.ts), and to the REST API
 * through Octokit, whose fetch goes over node:http(s) when no proxy is named (src/adapters/rest-fetch.ts).
 * No stage loads undici, neither Node's (global fetch) nor the bundle's: a copy of its agent, pools and
 * parser cost main and post ~20 ms of CPU each. Nor do main and post load the checkpoint engine's core
 * (they take its loaders from checkpoint/load.ts) or its block uploader, on a job that saves no checkpoint,
 * nor the REST plugin's table of every endpoint (src/adapters/rest-routes.ts), nor Octokit itself: a green
 * job's GETs go through the light client (src/adapters/rest-light.ts), and Octokit loads at a write; nor
 * json-with-bigint, for answers without a number past 2^53, nor (main) picomatch, for a change whose files
 * may match no lane glob.
 * The stages still do their work (post's summary line; the transport loaded where they read the cache
 * service; the API asked for the lane and the jobs), and main asks what needs nothing of each other side by
 * side: the pull request and its files. No stage looks up the flaky-test history on a green job (issue 67,
 * item 2): a `run/` step restores it once a test failed (the base branch's and the PR's at once), else post
 * when a step recorded tests. A failed job's post (issue 67, item 3) uploads its plan through the engine's
 * uploader, loaded alone: not its core.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { standNode } from '../../stand/services/node24.js';
import { repoRoot } from '../../stand/services/paths.js';
import { startStand, type Stand } from '../../stand/services/stand.js';
import { runJob, type JobResult } from '../../stand/runner/job.js';
import { checkout, pullRequestEvent } from '../../stand/scenarios/workspace.js';
import { FAILING_TEST } from '../../stand/scenarios/pr-test-failure.js';

/** undici's own code (lib/global.js), whichever chunk the bundler puts it in. */
const UNDICI_MARK = "Symbol.for('undici.globalDispatcher.1')";
/** simple-git's own code (its block-timeout plugin). */
const SIMPLE_GIT_MARK = 'block timeout reached';
/** The checkpoint engine's core (manifest-parse.ts), which index.ts, the engine's door, exports. */
const ENGINE_CORE_MARK = 'class ManifestError';
/** The Results service's block uploader (blob-blocks.ts), which a job's reads of the cache never use. */
const UPLOADER_MARK = 'class BlockBlob';
/** Test recovery's own code (test-recovery/core/report-tally.ts), which a step loads once a test failed. */
const TEST_RECOVERY_MARK = 'class ReportTally';
/** @octokit/plugin-rest-endpoint-methods' table of every REST endpoint (adapters/rest-routes.ts has ours). */
const ENDPOINTS_MARK = 'const Endpoints = {';
/** Octokit's own code (@octokit/core's user agent), whichever chunk the bundler puts it in. */
const OCTOKIT_MARK = 'octokit-core.js/';
/** picomatch's own code (its constants), which only a change whose files may match a lane glob compiles. */
const PICOMATCH_MARK = 'POSIX_REGEX_SOURCE';
/** json-with-bigint's own code, which only an API answer holding a number of 16 digits or more needs. */
const BIGINT_JSON_MARK = 'stringsOrLargeNumbers';
/** The full summary's renderer (core/report/summary.ts), which a green job's one-line summary does without. */
const SUMMARY_MARK = 'function renderSummary(';
/** The comment's section renderer (core/report/comment-section.ts), which a green job's post does without. */
const COMMENT_SECTION_MARK = 'Post-mortem (prefilled';

/** Notes the processes a stage starts, and, at its exit, whether Node's own undici was loaded (global fetch). */
const REGISTER = `import { register } from 'node:module';
import { appendFileSync } from 'node:fs';
import { ChildProcess } from 'node:child_process';
register('./hooks.mjs', import.meta.url);
// Every process the stage starts (spawn, execFile and exec all come here), by its program's name.
const spawn = ChildProcess.prototype.spawn;
ChildProcess.prototype.spawn = function (options) {
  appendFileSync(process.env.GREEN_LOADS_LOG, process.pid + ' spawn:' + String(options.file).split('/').pop() + '\\n');
  return spawn.call(this, options);
};
process.on('exit', () => {
  if (process.moduleLoadList.some((m) => m.includes('internal/deps/undici')))
    appendFileSync(process.env.GREEN_LOADS_LOG, process.pid + ' node:undici\\n');
  if (process.moduleLoadList.includes('NativeModule zlib'))
    appendFileSync(process.env.GREEN_LOADS_LOG, process.pid + ' node:zlib\\n');
  if (process.moduleLoadList.includes('NativeModule internal/webstreams/readablestream'))
    appendFileSync(process.env.GREEN_LOADS_LOG, process.pid + ' node:webstreams\\n');
  for (const name of ['assert', 'v8', 'crypto'])
    if (process.moduleLoadList.includes('NativeModule ' + name))
      appendFileSync(process.env.GREEN_LOADS_LOG, process.pid + ' node:' + name + '\\n');
});
`;

const HOOKS = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:') && url.includes('/dist/')) appendFileSync(process.env.GREEN_LOADS_LOG, process.pid + ' ' + url + '\\n');
  return next(url, context);
}
`;

/** A node for the job's stages that loads the hook first; returns it and the log the hook writes. */
function hookedNode(dir: string): { node: string; log: string } {
  const log = path.join(dir, 'loads.log');
  writeFileSync(log, '');
  writeFileSync(path.join(dir, 'hooks.mjs'), HOOKS);
  const register = path.join(dir, 'register.mjs');
  writeFileSync(register, REGISTER);
  const node = path.join(dir, 'node.mjs');
  // Run by its shebang, not through sh: dash drops the runner's INPUT_GITHUB-TOKEN-style names.
  writeFileSync(
    node,
    `#!${standNode()}
import { spawnSync } from 'node:child_process';
const r = spawnSync(${JSON.stringify(standNode())}, ['--import', ${JSON.stringify(register)}, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, GREEN_LOADS_LOG: ${JSON.stringify(log)} },
});
process.exitCode = r.status ?? 1;
`,
  );
  chmodSync(node, 0o755);
  return { node, log };
}

/** The bundle files each stage loaded, by its entry (`main.js`, `post.js`, ...). */
function loadsByEntry(log: string): Map<string, string[]> {
  const byPid = new Map<string, string[]>();
  for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
    const [pid, url] = line.split(' ') as [string, string];
    byPid.set(pid, [...(byPid.get(pid) ?? []), url.startsWith('file:') ? new URL(url).pathname : url]);
  }
  return new Map([...byPid.values()].map((files) => [path.basename(files[0]!), files]));
}

const holds = (file: string, mark: string): boolean =>
  file.startsWith('/') && readFileSync(file, 'utf8').includes(mark);
const holdsUndici = (file: string): boolean => holds(file, UNDICI_MARK);

/** The copies of undici a stage loaded: the bundle's chunk, Node's own. */
const undicis = (files: string[]): string[] =>
  files.filter((f) => f === 'node:undici' || holdsUndici(f)).map((f) => path.basename(f));

let stand: Stand;
beforeAll(async () => {
  stand = await startStand({
    commits: [{ message: 'initial', files: { 'src/math.mjs': 'export const add = (a, b) => a + b;\n' } }],
  });
});
afterAll(async () => {
  await stand?.stop();
});

/**
 * Holds the answer to GET the pull request until its files are asked too, for at most `capMs`: whether the
 * files were asked while the pull request's answer was still due.
 */
function holdPullUntilFilesAsked(capMs: number): { filesAskedMeanwhile: () => boolean | undefined } {
  let meanwhile: boolean | undefined;
  const filesAsked = (): boolean =>
    stand.github.calls.some((c) => c.route === '/repos/{owner}/{repo}/pulls/{pull_number}/files');
  stand.github.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', async (req, api) => {
    const until = Date.now() + capMs;
    while (!filesAsked() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    meanwhile = filesAsked();
    const pull = api.state.pulls.find(
      (p) => p.repo === req.repo && p.number === Number(req.params.pull_number),
    );
    return pull
      ? { status: 200, body: api.pullObject(pull) }
      : { status: 404, body: { message: 'Not Found' } };
  });
  return { filesAskedMeanwhile: () => meanwhile };
}

/** The job's one test, passing. */
const GREEN_TEST = FAILING_TEST.replace('1 + 1, 3', '1 + 1, 2');

/** A green push to main (no pull request): its one commit adds the test; its steps' stages run by `node`. */
async function greenPushJob(node: string, runId: number): Promise<JobResult> {
  const before = stand.git.seeded.at(-1)!;
  const workspace = await checkout(stand, 'main', { 'test/math.test.mjs': GREEN_TEST });
  execFileSync('git', ['add', '-A'], { cwd: workspace });
  execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'a test'],
    {
      cwd: workspace,
    },
  );
  return runJob({
    stand,
    workspace,
    runId,
    jobId: runId * 10,
    jobKey: 'unit',
    jobName: 'unit',
    event: {
      name: 'push',
      payload: { before, repository: { default_branch: 'main', full_name: stand.repo } },
    },
    node,
    steps: [
      { id: 'recovery', uses: '.', with: {} },
      { id: 'test', uses: 'run', with: { stage: 'test', run: 'node --test test/math.test.mjs' } },
    ],
  });
}

async function greenPrJob(node: string): Promise<JobResult> {
  return prJob(node, { number: 7, runId: 7100, test: GREEN_TEST });
}

/** A PR job whose one test is `test` (committed as the PR's change), its steps' stages run by `node`. */
async function prJob(node: string, job: { number: number; runId: number; test: string }): Promise<JobResult> {
  const { number, runId, test } = job;
  const base = stand.git.seeded.at(-1)!;
  stand.github.addPull({ repo: stand.repo, number, head: { ref: 'feature', sha: base }, title: 'x' });
  const workspace = await checkout(stand, 'main', { 'test/math.test.mjs': test });
  // The test is the pull request's change, committed: main's git finds it against origin/main.
  const git = (...args: string[]): unknown =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: workspace });
  git('add', '-A');
  git('commit', '-q', '-m', 'a test');
  return runJob({
    stand,
    workspace,
    runId,
    jobId: runId * 10,
    jobKey: 'unit',
    jobName: 'unit',
    ref: `refs/pull/${number}/merge`,
    event: pullRequestEvent({ repo: stand.repo, number, base, head: { ref: 'feature' } }),
    env: { GITHUB_HEAD_REF: 'feature', GITHUB_BASE_REF: 'main' },
    node,
    steps: [
      { id: 'recovery', uses: '.', with: {} },
      { id: 'test', uses: 'run', with: { stage: 'test', run: 'node --test test/math.test.mjs' } },
    ],
  });
}

describe("a green job's own stages", () => {
  it('load no undici nor simple-git, start one git process, and still ask the API and write their summary line', async () => {
    // The check sees undici where it is: the bundle holds it, in a chunk of its own.
    const dist = path.join(repoRoot, 'dist');
    const chunks = readdirSync(dist).filter((f) => f.endsWith('.js') && holdsUndici(path.join(dist, f)));
    expect(chunks.length).toBeGreaterThan(0);
    // So is the REST plugin's table (@actions/github's client behind a proxy still takes it).
    expect(
      readdirSync(dist).some((f) => f.endsWith('.js') && holds(path.join(dist, f), ENDPOINTS_MARK)),
    ).toBe(true);

    const { node, log } = hookedNode(await mkdtemp(path.join(os.tmpdir(), 'green-loads-')));
    const held = holdPullUntilFilesAsked(5_000);
    const cacheCalls = stand.results.calls.length;
    const result = await greenPrJob(node);
    expect(result.steps.test?.outcome).toBe('success');
    expect(result.stage('recovery', 'post')?.outcome).toBe('success');
    // Post still wrote its one summary line.
    expect(result.summary).toMatch(/ci-recovery: unit passed \(attempt 1\b.*nothing failed/);
    const loads = loadsByEntry(log);
    // Post wrote the one line from its own code: not the full summary's renderer nor the comment section's.
    for (const mark of [SUMMARY_MARK, COMMENT_SECTION_MARK])
      expect((loads.get('post.js') ?? []).filter((f) => holds(f, mark)).map((f) => path.basename(f))).toEqual(
        [],
      );
    // No stage of ours runs at set-up (a whole Node start per job, for one timestamp): main and post only.
    expect(result.stage('recovery', 'pre')).toBeUndefined();
    expect(loads.has('pre.js')).toBe(false);
    // No step asked for the flaky-test history (no test failed, none recorded): no lookup of it at all.
    const historyCalls = stand.results.calls
      .slice(cacheCalls)
      .filter((c) => JSON.stringify(c.body).includes('ci-recovery-tests-'));
    expect(historyCalls).toEqual([]);
    const readsCache = (files: string[]): boolean =>
      files.some((f) => f.startsWith('/') && readFileSync(f, 'utf8').includes('class HttpClientResponse'));
    // Post reads the cache service (the ledger) through the HTTP transport; main, with no history to read
    // and nothing to resume, does not load it.
    expect(readsCache(loads.get('post.js') ?? [])).toBe(true);
    expect(readsCache(loads.get('main.js') ?? [])).toBe(false);
    for (const entry of ['main.js', 'post.js']) {
      const files = loads.get(entry) ?? [];
      expect(undicis(files)).toEqual([]);
      // Nor the engine's core (~150 KB with node:crypto), nor its uploader: no checkpoint to read or write.
      expect(files.filter((f) => holds(f, ENGINE_CORE_MARK)).map((f) => path.basename(f))).toEqual([]);
      expect(files.filter((f) => holds(f, UPLOADER_MARK)).map((f) => path.basename(f))).toEqual([]);
      // Nor the REST plugin's table of every endpoint, for the few routes they call.
      expect(files.filter((f) => holds(f, ENDPOINTS_MARK)).map((f) => path.basename(f))).toEqual([]);
      // Nor Octokit at all (~160 KB, ~15 ms of CPU each): their GETs go through the light client
      // (rest-light.ts); Octokit loads at a write, which a green job without a sticky comment makes none of.
      expect(files.filter((f) => holds(f, OCTOKIT_MARK)).map((f) => path.basename(f))).toEqual([]);
      // Nor json-with-bigint (~20 KB): the API's answers hold no number past 2^53, only a commit id of
      // zeros (the stand's base), whose digits are in a string (answer-body.ts).
      expect(files.filter((f) => holds(f, BIGINT_JSON_MARK)).map((f) => path.basename(f))).toEqual([]);
      // The stand's API answers unencoded: node:zlib waits for an encoded body (rest-fetch.ts).
      expect(files).not.toContain('node:zlib');
      // The client reads the API's answers from rest-fetch's Node stream, not through a web stream.
      expect(files).not.toContain('node:webstreams');
      // Nor node:assert (the proxy tunnel's, tunnel-lazy.ts) nor node:v8 (the engine's heap flags, heap.ts):
      // ~5 ms of CPU each stage, for a proxy and a checkpoint this job has not.
      expect(files).not.toContain('node:assert');
      expect(files).not.toContain('node:v8');
    }
    // The green `run/` step without checkpoint paths ran its command and loaded neither wing it did not
    // need: not the engine's core (it checkpoints nothing, names no cache path, resumed nothing), not test
    // recovery (no test failed; its inputs are empty).
    const run = loads.get('run.js') ?? [];
    expect(run.filter((f) => holds(f, ENGINE_CORE_MARK)).map((f) => path.basename(f))).toEqual([]);
    expect(run.filter((f) => holds(f, TEST_RECOVERY_MARK)).map((f) => path.basename(f))).toEqual([]);
    // Main reads the change with one git process, not simple-git's four: the diff from the merge base with
    // the base branch (origin/main...HEAD). The lane still comes from git's files.
    const main = loads.get('main.js') ?? [];
    expect(main.filter((f) => f === 'spawn:git')).toHaveLength(1);
    expect(main.filter((f) => holds(f, SIMPLE_GIT_MARK))).toEqual([]);
    // The change's one file (test/math.test.mjs) holds no lane glob's required text: main decides the lane
    // without picomatch (~60 KB), which the bundle holds for a change that needs it (lanes.ts compilesGlobs).
    expect(
      readdirSync(dist).some((f) => f.endsWith('.js') && holds(path.join(dist, f), PICOMATCH_MARK)),
    ).toBe(true);
    expect(main.filter((f) => holds(f, PICOMATCH_MARK)).map((f) => path.basename(f))).toEqual([]);
    expect(result.steps.recovery?.outputs.lane).toBe('STANDARD');
    // The pull request's one commit, which the API's pull request does not list: seen by git alone.
    const saved = path.join(result.runnerTemp, 'ci-recovery', 'changed-files.json');
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(['test/math.test.mjs']);
    // The pull request's files were asked before its own answer came: the two round trips overlap.
    expect(held.filesAskedMeanwhile()).toBe(true);
    // The API was asked all the same, and answered.
    const asked = stand.github.calls.map((c) => `${c.status} ${c.method} ${c.route ?? c.path}`);
    expect(asked).toEqual(
      expect.arrayContaining([
        '200 GET /repos/{owner}/{repo}/pulls/{pull_number}/files', // main, for the lane
        '200 GET /repos/{owner}/{repo}/actions/jobs/{job_id}', // post, for the job's steps
      ]),
    );
  }, 120_000);

  it("a green push job's main reads the change with git alone and loads no Octokit; post still asks the jobs API", async () => {
    const { node, log } = hookedNode(await mkdtemp(path.join(os.tmpdir(), 'push-loads-')));
    const calls = stand.github.calls.length;
    const result = await greenPushJob(node, 7300);
    expect(result.steps.test?.outcome).toBe('success');
    expect(result.stage('recovery', 'main')?.outcome).toBe('success');
    expect(result.stage('recovery', 'post')?.outcome).toBe('success');
    expect(result.summary).toMatch(/ci-recovery: unit passed \(attempt 1\b.*nothing failed/);
    // The lane still comes from git's files: the commit's one test is no docs.
    const saved = path.join(result.runnerTemp, 'ci-recovery', 'changed-files.json');
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(['test/math.test.mjs']);
    expect(result.steps.recovery?.outputs.lane).toBe('STANDARD');
    const loads = loadsByEntry(log);
    // No pull request, no labels to read: main makes no REST call, and so compiles no REST client (git's
    // module once took it in for an error's status: ~160 KB, ~15 ms of CPU).
    const main = loads.get('main.js') ?? [];
    expect(main.filter((f) => f === 'spawn:git')).toHaveLength(1);
    expect(main.filter((f) => holds(f, OCTOKIT_MARK)).map((f) => path.basename(f))).toEqual([]);
    // Nor, keeping nothing (no ledger, no history), their modules and node:crypto with them (~19 modules,
    // ~5 ms of CPU beyond the Web Crypto its runner commands' delimiters take; node:http loads it too).
    expect(main).not.toContain('node:crypto');
    // Post reads the job's steps through the light client (rest-light.ts): no Octokit there either.
    expect(
      (loads.get('post.js') ?? []).filter((f) => holds(f, OCTOKIT_MARK)).map((f) => path.basename(f)),
    ).toEqual([]);
    const asked = stand.github.calls.slice(calls).map((c) => `${c.status} ${c.method} ${c.route ?? c.path}`);
    expect(asked).toEqual(['200 GET /repos/{owner}/{repo}/actions/jobs/{job_id}']);
  }, 120_000);

  it("a failed job's post uploads its plan through the engine's uploader alone, without the engine's core", async () => {
    const { node, log } = hookedNode(await mkdtemp(path.join(os.tmpdir(), 'failed-loads-')));
    // A lookup waits (up to 5 s) for a second one in flight: lookups made one after another never overlap,
    // and two sent side by side meet there however late the second leaves a loaded machine.
    stand.results.gather('GetCacheEntryDownloadURL', 2, 5_000);
    const cacheCalls = stand.results.calls.length;
    const result = await prJob(node, { number: 8, runId: 7200, test: FAILING_TEST });
    expect(result.steps.test?.outcome).toBe('failure');
    expect(result.stage('recovery', 'post')?.outcome).toBe('success');
    const post = loadsByEntry(log).get('post.js') ?? [];
    // The plan went up, through the block uploader...
    const plan = stand.results.artifacts.find((a) => a.name.startsWith('ci-recovery-plan-unit-a1'));
    expect(plan).toMatchObject({ finalized: true });
    expect(post.filter((f) => holds(f, UPLOADER_MARK))).not.toEqual([]);
    // ...and nothing of the engine's core (~150 KB) came with it: a plan is no checkpoint.
    expect(post.filter((f) => holds(f, ENGINE_CORE_MARK)).map((f) => path.basename(f))).toEqual([]);
    // The sticky comment was written: Octokit loaded for the write (rest-light.ts hands writes to it).
    expect(
      stand.github.state.comments.some((c) => c.issueNumber === 8 && c.body.includes('ci-recovery')),
    ).toBe(true);
    expect(post.filter((f) => holds(f, OCTOKIT_MARK))).not.toEqual([]);
    // It rendered the full summary and the comment's section: their renderers loaded for it.
    expect(result.summary).toMatch(/Post-mortem|failed/);
    for (const mark of [SUMMARY_MARK, COMMENT_SECTION_MARK])
      expect(post.filter((f) => holds(f, mark))).not.toEqual([]);
    // The failed `run/` step loaded test recovery, when its test failed, and re-ran the test alone.
    const run = loadsByEntry(log).get('run.js') ?? [];
    expect(run.filter((f) => holds(f, TEST_RECOVERY_MARK))).not.toEqual([]);
    expect(result.steps.test?.outputs['failed-tests']).toMatch(/adds numbers/);
    // The step whose test failed restored the flaky-test history (main did not): the base's and the PR
    // branch's entries looked up at once, not one after the other, then left for post.
    expect(result.stage('recovery', 'main')?.stdout).not.toContain('flaky-test history');
    expect(result.stage('test', 'main')?.stdout).toContain('ci-recovery: flaky-test history of feature: ');
    const lookups = stand.results.calls
      .slice(cacheCalls)
      .filter(
        (c) =>
          c.method === 'GetCacheEntryDownloadURL' && JSON.stringify(c.body).includes('ci-recovery-tests-'),
      );
    // (post's save looks up the branch's newest once more, to merge it in)
    expect(
      lookups
        .slice(0, 2)
        .map((c) => (c.body as { key: string }).key.split('.')[0])
        .sort(),
    ).toEqual(['ci-recovery-tests-feature', 'ci-recovery-tests-main']);
    expect(stand.results.peakInFlight.GetCacheEntryDownloadURL).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
