/**
 * `main` and the supervisor as phases are bounded in wall-clock time: the dist bundles, run as the runner
 * runs them, against a GitHub API and an artifact service that accept every connection and never answer
 * (some routes of the supervisor's API answer, so it gets as far as the call that hangs). With a short
 * budget (CI_RECOVERY_MAIN_BUDGET_SECONDS, CI_RECOVERY_SUPERVISE_BUDGET_SECONDS) each ends in seconds,
 * warns which call it abandoned and what to set, and fails nothing of the user's.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runNodeAction, type Ran } from './node-action.js';

/**
 * Main's budget here (the supervisor's is measured, below). It runs from the bundle's start, so it must leave
 * room for the start-up and the calls before the one that hangs: 2 s did not under load (at a load average
 * of 20 on 2 cores the bundle's start alone took 7 s, and the budget was spent before git was asked at all).
 */
const BUDGET_S = 8;
/** Past its budget, the resume ends within this: well under the store's stall limit (60 s) it would otherwise wait. */
const WITHIN_MS = 17_000;

let server: Server;
let url: string;
const held: ServerResponse[] = [];
let tmp: string;
/** Routes that answer (path -> JSON or text); every other request is held, never answered. */
let answers: Record<string, unknown> = {};
const seen: string[] = [];
/** When each request of `seen` arrived (ms since the epoch), by `METHOD /path`: its first arrival. */
const arrived = new Map<string, number>();
/** A timing run's end: the first request starting with `request` aborts `stop`. */
let stopAt: { request: string; stop: AbortController } | undefined;

function serve(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  const route = (req.url ?? '').split('?')[0] ?? '';
  seen.push(`${req.method} ${route}`);
  if (!arrived.has(`${req.method} ${route}`)) arrived.set(`${req.method} ${route}`, Date.now());
  if (stopAt && `${req.method} ${route}`.startsWith(stopAt.request)) stopAt.stop.abort();
  const answer = answers[route];
  if (answer === undefined) {
    held.push(res);
    return;
  }
  const text = typeof answer === 'string';
  res.writeHead(200, { 'content-type': text ? 'text/plain' : 'application/json' });
  res.end(text ? answer : JSON.stringify(answer));
}

beforeAll(async () => {
  server = createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  tmp = mkdtempSync(path.join(os.tmpdir(), 'phase-budgets-'));
});
afterAll(async () => {
  for (const res of held) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});
beforeEach(() => {
  answers = {};
  seen.length = 0;
  arrived.clear();
});

/** Runs `dist/<entry>.js` as the runner runs a node action: action.yml's defaults, then `inputs`. */
function runBundle(
  entry: 'main' | 'supervise',
  ws: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string>,
  killAfterMs = 40_000,
): Promise<Ran> {
  const env = { GITHUB_API_URL: url, ACTIONS_RESULTS_URL: `${url}/`, ...extraEnv };
  // A process a silent service keeps alive is killed (exit null), and the test fails on it.
  const stop = stopAt?.stop.signal;
  return runNodeAction({ entry, ws, tmp, inputs, env, killAfterMs, ...(stop ? { stop } : {}) });
}

/**
 * A phase's budget runs from the bundle's start: it must outlast the start and the calls before the one
 * that hangs, on this machine now (at a load of 20-35 the start alone passed 8 s, and the budget was spent
 * before the hanging call was asked at all). `run` started without a budget, and stopped once `request`
 * arrives, says how long they take; the budget is half as long again and 2 s more (8-25 s, below a call's
 * own limit of 30 s). The server's answers and what it saw are reset after.
 */
async function measuredBudgetS(request: string, run: () => Promise<unknown>): Promise<number> {
  const kept = answers;
  stopAt = { request, stop: new AbortController() };
  const startedAt = Date.now();
  try {
    await run();
  } finally {
    stopAt = undefined;
  }
  const first = [...arrived].find(([r]) => r.startsWith(request))?.[1];
  if (first === undefined) throw new Error(`${request} was never asked (asked: ${seen.join(', ')})`);
  const budgetS = Math.min(25, Math.max(BUDGET_S, Math.ceil((1.5 * (first - startedAt)) / 1000) + 2));
  console.log(`${request} came ${first - startedAt} ms after the start: a budget of ${budgetS} s`);
  answers = kept;
  seen.length = 0;
  arrived.clear();
  return budgetS;
}

/**
 * After its budget is spent a phase still decides, reports and exits; that tail is not in the budget (a bound of
 * the budget's rest alone was passed by 31 ms in CI: the tail outlasted the time before the hanging call). The
 * step must end within the budget's rest plus this tail: 4 s, so that with the largest budget (25 s) the bound
 * stays below a call's own limit of 30 s, which is what would have ended the step without the budget.
 */
const AFTER_BUDGET_MS = 4_000;
const CALL_LIMIT_MS = 30_000;

/** The step's end came, after `asked` (the hanging call's arrival), within the budget's rest and its tail. */
function expectEndedByBudget(endedAt: number, asked: number, budgetS: number): void {
  const afterAsked = endedAt - asked;
  expect(afterAsked).toBeLessThan(budgetS * 1000 + AFTER_BUDGET_MS);
  expect(afterAsked).toBeLessThan(CALL_LIMIT_MS);
}

/** A clone of o/r with one commit, as actions/checkout leaves it; its origin is the silent server. */
function workspace(name: string, branches: string[] = []): string {
  const ws = path.join(tmp, name);
  mkdirSync(path.join(ws, 'src'), { recursive: true });
  writeFileSync(path.join(ws, 'src/a.txt'), 'mine');
  const git = (...args: string[]): void => void execFileSync('git', args, { cwd: ws, stdio: 'ignore' });
  git('init', '-q', '-b', 'feature');
  git('remote', 'add', 'origin', `${url}/o/r`);
  git('-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '--allow-empty', '-m', 'first');
  for (const branch of branches) git('branch', branch);
  return ws;
}

/** A pull_request event for #5, from feature into main. */
function pullRequestEnv(): Record<string, string> {
  const event = path.join(tmp, 'pr-event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: { number: 5, base: { ref: 'main' }, head: { ref: 'feature' }, labels: [] },
    }),
  );
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REF: 'refs/pull/5/merge',
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'feature',
  };
}

const output = (outputs: string, name: string): string | undefined =>
  new RegExp(`${name}<<(\\S+)\\n([^\\n]*)\\n\\1`).exec(outputs)?.[2];

/** When `request` first reached the server; fails the test when it never did. */
function at(request: string): number {
  const when = arrived.get(request);
  if (when === undefined) throw new Error(`${request} was never asked (asked: ${seen.join(', ')})`);
  return when;
}

/** The supervisor in a dry run on run 91, and when it was started. */
async function superviseDryRun(
  env: Record<string, string>,
  killAfterMs?: number,
): Promise<{ r: Ran; startedAt: number }> {
  const startedAt = Date.now();
  const r = await runBundle(
    'supervise',
    mkdtempSync(path.join(tmp, 'ws-sup-')),
    { 'github-token': 'ghs_test', 'run-id': '91', 'dry-run': 'true' },
    env,
    killAfterMs,
  );
  return { r, startedAt };
}

it("main on a pull request whose files the API never sends: main's budget ends it in seconds, lane STANDARD, exit 0", async () => {
  const main = (name: string, env: Record<string, string>, killAfterMs?: number): Promise<Ran> =>
    // the base is here: git answers at once
    runBundle('main', workspace(name, ['main']), { 'github-token': 'ghs_test' }, env, killAfterMs);
  const budgetS = await measuredBudgetS('GET /repos/o/r/pulls/5', () =>
    main('ws-main-pr-timing', pullRequestEnv()),
  );
  const startedAt = Date.now();
  const r = await main(
    'ws-main-pr',
    { ...pullRequestEnv(), CI_RECOVERY_MAIN_BUDGET_SECONDS: String(budgetS) },
    budgetS * 1000 + 40_000,
  );
  expect(seen).toContain('GET /repos/o/r/pulls/5'); // it did ask, and got no answer
  expect(r.code).toBe(0);
  // The REST call's own limit is 30 s, past any budget here: once it was asked, the budget's rest ended it.
  expectEndedByBudget(startedAt + r.ms, at('GET /repos/o/r/pulls/5'), budgetS);
  expect(r.stdout).toContain(
    `::warning::ci-recovery: reading the files of pull request #5 was abandoned: main's time budget of ${budgetS} s is spent (CI_RECOVERY_MAIN_BUDGET_SECONDS sets it)`,
  );
  expect(r.stdout).not.toMatch(/::error::/);
  expect(output(r.outputs, 'lane')).toBe('STANDARD');
}, 150_000);

it("main whose git fetch of the base hangs on a silent origin: main's budget ends it, and the API is not asked after it", async () => {
  const main = (name: string, env: Record<string, string>, killAfterMs?: number): Promise<Ran> =>
    // no main here: git fetches it from origin
    runBundle('main', workspace(name), { 'github-token': 'ghs_test' }, env, killAfterMs);
  const budgetS = await measuredBudgetS('GET /o/r/info/refs', () =>
    main('ws-main-git-timing', pullRequestEnv()),
  );
  const startedAt = Date.now();
  const r = await main(
    'ws-main-git',
    { ...pullRequestEnv(), CI_RECOVERY_MAIN_BUDGET_SECONDS: String(budgetS) },
    budgetS * 1000 + 40_000,
  );
  const fetched = [...arrived].find(([request]) => request.startsWith('GET /o/r/info/refs'))?.[1];
  expect(fetched).toBeDefined(); // git did ask the origin
  expect(r.code).toBe(0);
  // git's own limit is 30 s without output, then the API's call 30 s: once git asked, the budget's rest ended it.
  expectEndedByBudget(startedAt + r.ms, fetched ?? 0, budgetS);
  expect(r.stdout).toContain(
    `::warning::ci-recovery: reading the change with git was abandoned: main's time budget of ${budgetS} s is spent (CI_RECOVERY_MAIN_BUDGET_SECONDS sets it)`,
  );
  expect(r.stdout).toMatch(/::warning::ci-recovery: reading the files of pull request #5 was abandoned/);
  // The API is asked beside git (phases/main.ts), at the start: nothing is begun past the budget.
  const api = [...arrived].filter(([request]) => request.startsWith('GET /repos/')).map(([, at]) => at);
  expect(api.filter((at) => at >= startedAt + budgetS * 1000)).toEqual([]);
  expect(output(r.outputs, 'lane')).toBe('STANDARD');
}, 150_000);

it("main on a re-run whose checkpoint store never answers: the resume gives up at main's budget, not the store's minute", async () => {
  const main = (name: string, env: Record<string, string>, killAfterMs?: number): Promise<[string, Ran]> => {
    const ws = workspace(name);
    const inputs = { 'github-token': 'ghs_test', lane: 'HEAVY' };
    return runBundle('main', ws, inputs, { GITHUB_RUN_ATTEMPT: '2', ...env }, killAfterMs).then((r) => [
      ws,
      r,
    ]);
  };
  // Timed up to its first call to a service: the checkpoint download is among its first.
  const budgetS = await measuredBudgetS('', () => main('ws-main-resume-timing', {}));
  const [ws, r] = await main(
    'ws-main-resume',
    { CI_RECOVERY_MAIN_BUDGET_SECONDS: String(budgetS) },
    budgetS * 1000 + 40_000,
  );
  expect(r.code).toBe(0);
  // The store's stall limit is 60 s by default: without main's budget the step waited that long.
  expect(r.ms).toBeLessThan(budgetS * 1000 + WITHIN_MS);
  // The artifact store is the run's own: no record is read first, the checkpoint download is what is given up.
  expect(r.stdout).toContain(
    `::warning::ci-recovery: not resuming: the checkpoint download was abandoned: main's time budget of ${budgetS} s is spent (CI_RECOVERY_MAIN_BUDGET_SECONDS sets it); every stage runs again`,
  );
  expect(output(r.outputs, 'resumed')).toBe('false');
  expect(readFileSync(path.join(ws, 'src/a.txt'), 'utf8')).toBe('mine');
}, 150_000);

/** A completed pull-request run with one failed job; the routes the supervisor reads before the plans. */
function failedRun(): Record<string, unknown> {
  const at = '2026-03-04T05:00:00Z';
  return {
    '/repos/o/r/actions/runs/91': {
      id: 91,
      run_attempt: 1,
      name: 'ci',
      workflow_id: 7,
      event: 'pull_request',
      head_sha: 'a'.repeat(40),
      head_branch: 'feature',
      conclusion: 'failure',
      html_url: `${url}/o/r/actions/runs/91`,
      pull_requests: [],
    },
    '/repos/o/r': { id: 1, name: 'r', full_name: 'o/r', default_branch: 'main' },
    '/repos/o/r/actions/runs/91/attempts/1/jobs': {
      total_count: 1,
      jobs: [
        {
          id: 301,
          name: 'build',
          conclusion: 'failure',
          run_attempt: 1,
          steps: [
            {
              name: 'test',
              number: 2,
              status: 'completed',
              conclusion: 'failure',
              started_at: at,
              completed_at: at,
            },
          ],
        },
      ],
    },
  };
}

const LOG =
  '2026-03-04T05:00:01.0000000Z npm ERR! code ECONNRESET\n' +
  '2026-03-04T05:00:01.0000000Z npm ERR! network read ECONNRESET\n' +
  '2026-03-04T05:00:02.0000000Z ##[error]Process completed with exit code 1.\n';

it('the supervisor whose run artifacts are never listed gives the plans up after the artifact limit and decides from the log', async () => {
  answers = {
    ...failedRun(),
    '/repos/o/r/actions/jobs/301/logs': LOG,
    '/repos/o/r/check-runs/301/annotations': [],
  };
  const spawnedAt = Date.now();
  const r = await runBundle(
    'supervise',
    mkdtempSync(path.join(tmp, 'ws-sup-')),
    { 'github-token': 'ghs_test', 'run-id': '91', 'dry-run': 'true' },
    { CI_RECOVERY_STORE_STALL_SECONDS: '2' },
  );
  expect(seen).toContain('GET /repos/o/r/actions/runs/91/artifacts');
  // @actions/artifact's own client waits 5 minutes for an answer, then retries (killed at 40 s: exit null).
  expect(r.code).toBe(0);
  // The log is asked once the listing is given up: after its 2 s limit, and long before anything else would
  // have ended it. The limit runs from the listing's start in the process, which the stand does not see; it
  // sees the request arrive, on a loaded machine a second later (at load 14 the log came 1.2 s after that
  // arrival). So the limit is timed from the spawn, which comes before that start.
  const logAt = at('GET /repos/o/r/actions/jobs/301/logs');
  expect(logAt - spawnedAt).toBeGreaterThanOrEqual(2_000);
  const gaveUpIn = logAt - at('GET /repos/o/r/actions/runs/91/artifacts');
  expect(gaveUpIn).toBeGreaterThan(0);
  expect(gaveUpIn).toBeLessThan(20_000);
  expect(r.stdout).toMatch(
    /::warning::ci-recovery: could not list the artifacts of run 91: listing the artifacts of run 91 did not finish within 2 s; given up so the job goes on \(CI_RECOVERY_STORE_STALL_SECONDS sets this limit\)/,
  );
  expect(seen).toContain('GET /repos/o/r/actions/jobs/301/logs'); // it went on from the log
  const decisions = JSON.parse(output(r.outputs, 'decisions') ?? '[]') as { job: string; type?: string }[];
  expect(decisions).toEqual([expect.objectContaining({ job: 'build', type: 'network' })]);
}, 60_000);

it('the supervisor whose job log never comes gives up at its budget, says so, and still decides and reports', async () => {
  answers = { ...failedRun(), '/repos/o/r/actions/runs/91/artifacts': { total_count: 0, artifacts: [] } };
  const budgetS = await measuredBudgetS('GET /repos/o/r/actions/jobs/301/logs', () => superviseDryRun({}));
  const { r, startedAt } = await superviseDryRun(
    { CI_RECOVERY_SUPERVISE_BUDGET_SECONDS: String(budgetS) },
    // Past the log call's own limit: a socket it left open would hold the step until here (exit null).
    budgetS * 1000 + 40_000,
  );
  expect(seen).toContain('GET /repos/o/r/actions/jobs/301/logs');
  expect(r.code).toBe(0);
  // Once the log was asked, the step ended within what was left of the budget and the report after it: without
  // the budget the log download's own limit (30 s, more than any budget here) would have ended it.
  expectEndedByBudget(startedAt + r.ms, at('GET /repos/o/r/actions/jobs/301/logs'), budgetS);
  expect(r.stdout).toContain(
    `::warning::ci-recovery supervisor: reading the log of job 301 was abandoned: the supervisor's time budget of ${budgetS} s is spent (CI_RECOVERY_SUPERVISE_BUDGET_SECONDS sets it)`,
  );
  const decisions = JSON.parse(output(r.outputs, 'decisions') ?? '[]') as { job: string }[];
  expect(decisions).toEqual([expect.objectContaining({ job: 'build' })]);
}, 150_000);
