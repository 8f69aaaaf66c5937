/**
 * Every service call of `main` and post is under the phase's budget, found by hanging each endpoint in turn
 * (issue 42, finding 6). A fake GitHub (REST, GraphQL, the Results service's Twirp and blob storage)
 * answers every route a phase asks for; a first run with everything answering lists the endpoints the phase
 * calls, then each is made to hang (the connection is accepted, nothing ever answers) while the others
 * answer. The phase, the dist bundle run as the runner runs it, must end within its budget
 * (CI_RECOVERY_MAIN_BUDGET_SECONDS, CI_RECOVERY_POST_BUDGET_SECONDS) and a small margin, warn naming what
 * it gave up on, and exit 0.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runNodeAction, type Ran } from './node-action.js';

let tmp: string;

/**
 * One phase's fake services: each run has its own (its own port), so runs with different endpoints hanging
 * go side by side and none sees another's requests or comments.
 */
interface Fake {
  url: string;
  /** Every request it saw, as `METHOD /path` (no query). */
  seen: string[];
  /** The PR's comments, as the fake keeps them (this run's). */
  comments: { id: number; body: string; user: typeof user; html_url: string }[];
  close(): Promise<void>;
}

const BUDGET_S = 3;
/** Node's start, the bundle's load, and the exit: what a run takes beyond its budget. */
const MARGIN_MS = 4_000;
/**
 * The longest a run with every service answering may sleep between two lines: well under the budget a hang
 * waits out (its silences measured 1.6-3.2 s), well over an answering run's (0.2-0.5 s). Its sleep, not its
 * silence: at a load of 22 the silence of a stretch of work alone passed 2 s (node-action.ts).
 */
const SILENCE_MS = 2_000;
/**
 * The budget of the run with every service answering: one no call can reach on a loaded machine, so that run
 * shows every service the phase asks (a 3 s budget, on a machine at a load of 9, ended post before its
 * ledger's save), while its time and silences show it waits for nothing.
 */
const ANSWERING_BUDGET_S = 30;
/**
 * Runs with an endpoint hanging at once: each mostly waits out its budget (3 s) on a fraction of a CPU, so
 * three fill the machine's two cores about as one did a core.
 */
const HANGS_AT_ONCE = 3;
/** How a phase says it abandoned a call or gave a service up. */
const GAVE_UP = /::warning::ci-recovery: .*(abandoned|given up|did not finish|answered nothing)/;

const RECORD_ARTIFACT = 7;
const MANIFEST_ARTIFACT = 9;
const record = (job: string) =>
  JSON.stringify({ format: 'ci-recovery-checkpoints/1', runId: '91', job, attempt: 1, checkpoints: [] }) +
  '\n';

const user = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

/** The answer of each route a phase may ask for; `sent` is the request's body. */
function answer(fake: Fake, route: string, sent: string, res: ServerResponse): boolean {
  const { url, comments } = fake;
  const json = (body: unknown, status = 200): true => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
    return true;
  };
  switch (route) {
    case 'GET /repos/o/r/pulls/5':
      return json({
        number: 5,
        additions: 1,
        deletions: 0,
        changed_files: 1,
        labels: [],
        base: { ref: 'main' },
        head: { ref: 'feature' },
      });
    case 'GET /repos/o/r/pulls/5/files':
      return json([{ filename: 'src/a.txt', status: 'modified', additions: 1, deletions: 0, changes: 1 }]);
    case 'GET /repos/o/r/actions/jobs/301':
      return json({
        id: 301,
        name: 'caller / build',
        run_id: 91,
        status: 'in_progress',
        steps: [
          {
            name: 'test',
            number: 2,
            status: 'completed',
            conclusion: 'failure',
            started_at: '2026-11-25T20:00:00Z',
            completed_at: '2026-11-25T20:00:05Z',
          },
          { name: 'Post ci-recovery', number: 3, status: 'in_progress', conclusion: null },
        ],
      });
    case 'GET /user':
      return json(user);
    case 'POST /graphql':
      return json({ data: { viewer: { login: 'github-actions[bot]' } } });
    case 'GET /repos/o/r/issues/5/comments':
      return json(comments);
    case 'POST /repos/o/r/issues/5/comments': {
      const { body } = JSON.parse(sent) as { body: string };
      const id = comments.length + 1;
      comments.push({ id, body, user, html_url: `${url}/o/r/pull/5#issuecomment-${id}` });
      return json(comments.at(-1), 201);
    }
    case 'PUT /blob/upload':
      res.writeHead(201, {
        etag: '"0x1"',
        'last-modified': new Date().toUTCString(),
        'x-ms-request-id': '1',
      });
      res.end();
      return true;
    // Post's check for another writer of the comment: this run alone in progress, this job alone in it.
    case 'GET /repos/o/r/actions/runs':
      return json({ total_count: 1, workflow_runs: [{ id: 91, status: 'in_progress' }] });
    case 'GET /repos/o/r/actions/runs/91/attempts/2/jobs':
      return json({
        total_count: 1,
        jobs: [{ id: 301, name: 'caller / build', status: 'in_progress', runner_name: 'r1' }],
      });
    case 'GET /repos/o/r/actions/runs/91/artifacts':
      return json({
        total_count: 3,
        artifacts: [
          ...['build.via-caller', 'build'].map((job, i) => ({
            id: RECORD_ARTIFACT + i,
            name: `ci-recovery-checkpoints-${job}-a1`,
            size_in_bytes: record(job).length,
            created_at: '2026-11-25T20:00:00Z',
          })),
          // A checkpoint's manifest (a name the user chose): the artifact store reads it to learn whose it is.
          {
            id: MANIFEST_ARTIFACT,
            name: 'deps.manifest.json',
            size_in_bytes: 2,
            created_at: '2026-11-25T20:00:00Z',
          },
        ],
      });
    case `GET /repos/o/r/actions/artifacts/${MANIFEST_ARTIFACT}/zip`:
      res.writeHead(302, { location: `${url}/blob/manifest` });
      res.end();
      return true;
    case 'GET /blob/manifest':
      return json({});
    case `GET /repos/o/r/actions/artifacts/${RECORD_ARTIFACT}/zip`:
    case `GET /repos/o/r/actions/artifacts/${RECORD_ARTIFACT + 1}/zip`: {
      const job = route.includes(`/${RECORD_ARTIFACT}/`) ? 'build.via-caller' : 'build';
      res.writeHead(302, { location: `${url}/blob/record-${job}` });
      res.end();
      return true;
    }
    case 'GET /blob/record-build.via-caller':
    case 'GET /blob/record-build':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(record(route.slice('GET /blob/record-'.length)));
      return true;
  }
  if (route.startsWith('POST /twirp/')) {
    if (route.endsWith('/ListArtifacts')) return json({ artifacts: [] });
    if (route.endsWith('/GetCacheEntryDownloadURL')) return json({ ok: false, signed_download_url: '' });
    if (route.endsWith('/CreateArtifact') || route.endsWith('/CreateCacheEntry'))
      return json({ ok: true, signed_upload_url: `${url}/blob/upload?sig=c2ln&sv=2024-01-01` });
    if (route.endsWith('/FinalizeArtifact')) return json({ ok: true, artifact_id: '11' });
    if (route.endsWith('/FinalizeCacheEntryUpload')) return json({ ok: true, entry_id: '12' });
    return json({ code: 'not_found', msg: 'not found' }, 404);
  }
  return false;
}

/** Fake services where `hanging` (if any) accepts and never answers, and every other route answers. */
async function startFake(hanging?: string): Promise<Fake> {
  const held: ServerResponse[] = [];
  const serve = (req: IncomingMessage, res: ServerResponse): void => {
    const route = `${req.method} ${(req.url ?? '').split('?')[0]}`;
    fake.seen.push(route);
    if (route === hanging) {
      req.resume();
      held.push(res);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (!answer(fake, route, Buffer.concat(chunks).toString('utf8'), res)) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Not Found' }));
      }
    });
  };
  const server: Server = createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: Fake = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen: [],
    comments: [],
    close: async () => {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return fake;
}

/** Runs `each` over `items`, `width` at a time. */
async function inPool<T>(items: T[], width: number, each: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) await each(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/** The run the last test checks, started with the file: it only waits out a call's own limit (30 s). */
let ownLimit: Promise<{ r: Ran; seen: string[] }>;
const OWN_LIMIT_HANGING = 'GET /repos/o/r/pulls/5/files';

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'hang-each-endpoint-'));
  ownLimit = (async () => {
    const fake = await startFake(OWN_LIMIT_HANGING);
    const r = await runPhase(fake, 'main', 'own-limit', 'artifact', 50).finally(() => fake.close());
    return { r, seen: fake.seen };
  })();
  ownLimit.catch(() => undefined); // awaited by its test
});
afterAll(async () => {
  await ownLimit.catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
});

/** A clone with the base branch, as actions/checkout leaves it: git answers at once, from here. */
function workspace(name: string): string {
  const ws = path.join(tmp, name);
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'mine');
  const git = (...args: string[]): void => void execFileSync('git', args, { cwd: ws, stdio: 'ignore' });
  git('init', '-q', '-b', 'feature');
  git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'first');
  git('branch', 'main');
  return ws;
}

/**
 * Main on attempt 2 of a pull request's run, in a called workflow without pre (a local action): it reads
 * the job's name, the PR's files, the run's record of its checkpoints and the store.
 */
function runPhase(
  fake: Fake,
  entry: 'main' | 'post',
  name: string,
  store: string,
  budgetS = BUDGET_S,
): Promise<Ran> {
  const { url } = fake;
  const ws = workspace(name);
  const event = path.join(tmp, `${name}-event.json`);
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 5,
        base: { ref: 'main', repo: { full_name: 'o/r' } },
        head: { ref: 'feature', repo: { full_name: 'o/r' } },
        labels: [],
      },
      repository: { full_name: 'o/r' },
    }),
  );
  return runNodeAction({
    entry,
    ws,
    tmp,
    inputs: {
      'github-token': 'ghs_test',
      'job-id': '301',
      'job-workflow': 'o/r/.github/workflows/called.yml',
      ...(entry === 'post' ? { 'job-status': 'failure' } : {}),
      store: store === 'dir' ? `dir:${path.join(tmp, `${name}-store`)}` : store,
    },
    env: {
      GITHUB_API_URL: url,
      ACTIONS_RESULTS_URL: `${url}/`,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REF: 'refs/pull/5/merge',
      GITHUB_BASE_REF: 'main',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/ci.yml@refs/pull/5/merge',
      CI_RECOVERY_MAIN_BUDGET_SECONDS: String(budgetS),
      CI_RECOVERY_POST_BUDGET_SECONDS: String(budgetS),
      ...(entry === 'post'
        ? {
            // What main left: a failed job reports, comments on its PR (always), keeps its ledger and plan.
            CI_RECOVERY_COMMENT_SETTLE_MS: '50',
            STATE_settings: JSON.stringify({ store, resume: true, comment: 'always', summary: 'always' }),
          }
        : {}),
    },
    // A process a hung socket keeps alive is killed here, and the test fails on its time.
    killAfterMs: budgetS * 1000 + 27_000,
  });
}

describe.each([
  ['main', 'artifact'],
  ['main', 'dir'],
  ['post', 'artifact'],
] as const)("%s with the '%s' store", (entry, store) => {
  let endpoints: string[] = [];
  /** The run with every service answering, at the same moment: what the phase costs on this machine now. */
  let answeringMs = 0;

  it('asks every service it needs, and with all of them answering ends at once', async () => {
    const fake = await startFake();
    const r = await runPhase(fake, entry, `all-${entry}-${store}`, store, ANSWERING_BUDGET_S).finally(() =>
      fake.close(),
    );
    endpoints = [...new Set(fake.seen)];
    answeringMs = r.ms;
    console.log(
      `${entry} (${store}) asked: ${endpoints.join(', ')} in ${r.ms} ms; longest silence ${r.longestSilenceMs} ms, sleep ${r.longestSleepMs} ms`,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/::error::/);
    // The job's name (a local action in a called workflow: main does pre's work), the PR, the run's record of
    // its checkpoints (a dir: store) or the store's listing (artifact); post also the cache service.
    const twirp = (call: string): string => `POST /twirp/github.actions.results.api.v1.${call}`;
    expect(endpoints).toEqual(
      expect.arrayContaining(
        entry === 'post'
          ? // The job's steps, the sticky comment, the ledger and flaky-test history (cache), the plan (artifact).
            [
              'GET /repos/o/r/actions/jobs/301',
              'GET /repos/o/r/issues/5/comments',
              'POST /repos/o/r/issues/5/comments',
              twirp('CacheService/GetCacheEntryDownloadURL'),
              twirp('CacheService/CreateCacheEntry'),
              twirp('CacheService/FinalizeCacheEntryUpload'),
              twirp('ArtifactService/CreateArtifact'),
              twirp('ArtifactService/FinalizeArtifact'),
              'PUT /blob/upload',
            ]
          : // The job's name (a local action in a called workflow: main does pre's work), the PR, the run's
            // record of its checkpoints (a dir: store) or the store's listing (artifact).
            [
              'GET /repos/o/r/actions/jobs/301',
              'GET /repos/o/r/pulls/5',
              'GET /repos/o/r/pulls/5/files',
              'GET /repos/o/r/actions/runs/91/artifacts',
              ...(store === 'dir'
                ? ['GET /repos/o/r/actions/artifacts/7/zip', 'GET /blob/record-build.via-caller']
                : ['GET /repos/o/r/actions/artifacts/9/zip', 'GET /blob/manifest']),
            ],
      ),
    );
    // Main asks the cache service nothing: the flaky-test history waits for a failed test (a run/ step, post).
    if (entry === 'main') expect(endpoints.filter((e) => e.includes('CacheService'))).toEqual([]);
    // Ends at once: it gave nothing up (no call reached the budget or its limit), nothing held it silent (a
    // wait, or a socket keeping the process alive, shows as a sleep between two lines, whatever else takes
    // the CPU), and it ended well before any call's own limit (30 s).
    expect(r.stdout).not.toMatch(GAVE_UP);
    expect(r.longestSleepMs ?? r.longestSilenceMs).toBeLessThan(SILENCE_MS);
    expect(r.ms).toBeLessThan(20_000);
  }, 60_000);

  it('ends within its budget, warns what it gave up on, and exits 0, whichever endpoint hangs', async () => {
    expect(endpoints.length).toBeGreaterThan(1);
    const timings: string[] = [];
    const failures: string[] = [];
    // The hangs are waited out side by side, each run with its own fake services; the time each run's
    // main thread waited for a CPU (its neighbours' share of the machine) is taken off its time.
    await inPool(endpoints, HANGS_AT_ONCE, async (endpoint, i) => {
      const fake = await startFake(endpoint);
      const r = await runPhase(fake, entry, `hang-${entry}-${store}-${i}`, store).finally(() => fake.close());
      const ms = r.ms - (r.cpuWaitMs ?? 0);
      timings[i] = `${endpoint}: ${r.ms} ms (${ms} ms less its wait for a CPU), exit ${r.code}`;
      // A phase that did not wait for the hanging call (a read asked ahead and not needed) has nothing to
      // give up; one that waited must say so. Not waiting: within twice the answering run's time and a
      // second, since the machine's load stretches both runs alike (under a full suite an answering post took
      // 1.1 s and one with GET /user hanging 2.4 s); a wait is the budget (3 s) or a call's limit (30 s) more.
      const waited = ms > 2 * answeringMs + 1_000;
      const warned = GAVE_UP.test(r.stdout) || !waited;
      if (!fake.seen.includes(endpoint)) return; // not reached when an earlier call answered otherwise
      // The budget, the margin, and what the phase costs on this machine at this moment (the answering run),
      // against a call's own limit of 30 s or the store's stall limit of 60 s without the budget.
      if (
        r.code !== 0 ||
        ms > answeringMs + BUDGET_S * 1000 + MARGIN_MS ||
        !warned ||
        /::error::/.test(r.stdout)
      )
        failures.push(`${endpoint} hanging: ${r.ms} ms, exit ${r.code}, warned ${warned}\n${r.stdout}`);
    });
    console.log(`${entry} (${store}), one endpoint hanging at a time:\n${timings.join('\n')}`);
    expect(failures).toEqual([]);
  }, 300_000);
});

it('main whose PR files call runs out of its own limit (30 s) inside a larger budget ends then, its socket closed', async () => {
  // The call's own limit ends it, not main's budget, so nothing is abandoned and main does not exit by
  // force: before the fix the call's fetch went on, and its socket kept main alive until it was killed.
  // Run beside the tests above (started with the file), since it is 30 s of waiting.
  const { r, seen } = await ownLimit;
  expect(seen).toContain(OWN_LIMIT_HANGING);
  expect(r.code).toBe(0);
  expect(r.ms).toBeGreaterThan(29_000);
  // Halfway between the call's limit (30 s) and the budget (50 s); its socket kept main alive until the kill.
  // Less the time its main thread waited for a CPU, taken by the runs beside it.
  expect(r.ms - (r.cpuWaitMs ?? 0)).toBeLessThan(40_000);
  expect(r.stdout).not.toMatch(/::error::/);
}, 120_000);
