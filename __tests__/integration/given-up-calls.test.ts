/**
 * A call its phase's budget gives up (adapters/deadline.ts) lets go of its connection then, not at the REST
 * call's own limit (a minute here): the supervisor's reads and writes under its budget (supervise-budget.ts),
 * however deep in its port they are made, main's read of the pull request's files and post's comment
 * (job-ports.ts). The API is a local server that accepts every request and never answers it; each case asks
 * under a repository of its own, so the cases run side by side.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Deadline, MAIN_BUDGET, POST_BUDGET, SUPERVISE_BUDGET } from '../../src/adapters/deadline.js';
import { DEFAULT_REST_POLICY, getOctokit } from '../../src/adapters/github.js';
import { githubPort } from '../../src/adapters/job-ports.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import type { SupervisorGitHub } from '../../src/supervise/ports/github.js';
import type { ProbePort } from '../../src/supervise/ports/probes.js';
import { probeGitHub } from '../../src/supervise/adapters/probe-github.js';
import { boundedProbes, boundedSupervisorGitHub } from '../../src/supervise/adapters/supervise-budget.js';
import { supervisorGitHub } from '../../src/supervise/adapters/supervisor-github.js';
import { until } from '../until.js';

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
const saved = { ...process.env };
const TOKEN = 'ghs_giveup';
/** Each call's limit is a minute: only the budget's give-up can end a held request within a case. */
const POLICY = { ...DEFAULT_REST_POLICY, callTimeoutMs: 60_000 };
/** The budget: long enough for a loaded machine to send the request, short beside the call's limit. */
const BUDGET_MS = 3_000;
/** How soon after the give-up the connection must be closed. */
const CLOSED_WITHIN_MS = 5_000;

let server: Server;
let url: string;
let dir: string;
const held: ServerResponse[] = [];
/** `METHOD path` of each request the server received, and of each whose connection the client closed. */
const received: string[] = [];
const closedByClient: string[] = [];

beforeAll(async () => {
  for (const name of PROXY_VARIABLES) delete process.env[name];
  dir = mkdtempSync(path.join(tmpdir(), 'given-up-'));
  server = createServer((req, res) => {
    const request = `${req.method} ${req.url}`;
    req.resume();
    req.on('end', () => {
      received.push(request);
      held.push(res);
      res.on('close', () => {
        if (!res.writableEnded) closedByClient.push(request);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  process.env = saved;
  for (const res of held) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The work given up ends with its calls, soon after: not after retrying them (the retry plugin's pauses of 1, 4
 * and 9 s, when an abort reached @octokit/request as an unknown failure).
 */
async function settlesSoon(deadline: Deadline): Promise<void> {
  const from = Date.now();
  await deadline.settled();
  expect(Date.now() - from).toBeLessThan(CLOSED_WITHIN_MS);
}

const under = (repo: string) => (requests: readonly string[]) =>
  requests.filter((r) => r.includes(` /repos/o/${repo}`)).sort();

/** The supervisor's ports as supervise-run.ts makes them, on repository `repo`, under a budget of their own. */
function supervisor(repo: string) {
  const logger = new RecordingLogger();
  const deadline = new Deadline(BUDGET_MS, SUPERVISE_BUDGET);
  const budget = { deadline, logger, artifactMs: 60_000 };
  const octokit = getOctokit(TOKEN, { baseUrl: url, policy: POLICY, logger });
  const github = supervisorGitHub({
    octokit,
    repo: { owner: 'o', repo },
    token: TOKEN,
    logger,
    tempDir: dir,
  });
  return {
    deadline,
    github: boundedSupervisorGitHub(github, budget),
    probes: boundedProbes(probeGitHub(octokit, { owner: 'o', repo }), budget),
  };
}

type Ports = { github: SupervisorGitHub; probes: ProbePort };
const rerun = { mode: 'failed-jobs' as const, jobIds: [1], backoffSeconds: 0, reason: 'r' };

it.concurrent.each<[string, (p: Ports) => Promise<unknown>, string[]]>([
  [
    'reading run 7',
    (p) => p.github.readRun(7),
    ['GET /repos/o/{repo}', 'GET /repos/o/{repo}/actions/runs/7'],
  ],
  [
    'listing the jobs of run 7',
    (p) => p.github.readJobs(7, 2),
    ['GET /repos/o/{repo}/actions/runs/7/attempts/2/jobs?per_page=100'],
  ],
  [
    'reading the log of job 55',
    (p) => p.github.classifyJobLog(55, { job: 'build' }),
    ['GET /repos/o/{repo}/actions/jobs/55/logs'],
  ],
  [
    'reading the annotations of job 55',
    (p) => p.github.readAnnotations(55),
    ['GET /repos/o/{repo}/check-runs/55/annotations?per_page=100'],
  ],
  [
    'reading .github/workflows/ci.yml',
    (p) => p.github.readFile('.github/workflows/ci.yml', 'main'),
    ['GET /repos/o/{repo}/contents/.github%2Fworkflows%2Fci.yml?ref=main'],
  ],
  [
    're-running run 7',
    (p) => p.github.requestRerun(7, rerun, 0),
    ['POST /repos/o/{repo}/actions/runs/7/rerun-failed-jobs'],
  ],
  [
    'creating ci-recovery/probe',
    (p) => p.probes.createBranch('ci-recovery/probe', 'a'.repeat(40)),
    ['POST /repos/o/{repo}/git/refs'],
  ],
  [
    'dispatching workflow 3 on ci-recovery/probe',
    (p) => p.probes.dispatch(3, 'ci-recovery/probe'),
    ['POST /repos/o/{repo}/actions/workflows/3/dispatches'],
  ],
])(
  "the supervisor: %s, given up by its budget, closes its connection then, not at the call's own limit",
  async (what, act, expected) => {
    const repo = `sup-${what.replace(/\W+/g, '-')}`;
    const asked = expected.map((r) => r.replace('{repo}', repo)).sort();
    const { deadline, github, probes } = supervisor(repo);
    const error = await act({ github, probes }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe(
      `${what} was abandoned: the supervisor's time budget of 3 s is spent (CI_RECOVERY_SUPERVISE_BUDGET_SECONDS sets it)`,
    );
    expect(deadline.abandoned).toEqual([what]);
    // The requests reached the server before the give-up (else there is nothing to let go of) ...
    expect(under(repo)(received)).toEqual(asked);
    // ... and their connections close now, a minute before the calls' own limit would close them.
    await until(() => under(repo)(closedByClient).length === asked.length, CLOSED_WITHIN_MS);
    expect(under(repo)(closedByClient)).toEqual(asked);
    await settlesSoon(deadline);
  },
);

it.concurrent(
  "the supervisor's comment, given up by its budget, closes its connection and is no comment",
  async () => {
    const repo = 'sup-comment';
    const { deadline, github } = supervisor(repo);
    expect(await github.upsertComment(6, 'build', { body: 'b', runId: 7, attempt: 1 })).toEqual({});
    expect(deadline.abandoned).toEqual(['the comment on #6']);
    const asked = under(repo)(received);
    expect(asked).toEqual([expect.stringMatching(/^GET \/repos\/o\/sup-comment\/issues\/6\/comments\?/)]);
    await until(() => under(repo)(closedByClient).length === asked.length, CLOSED_WITHIN_MS);
    expect(under(repo)(closedByClient)).toEqual(asked);
    await settlesSoon(deadline);
  },
);

it.concurrent(
  "main: the pull request's files, given up by its budget, close their connections then",
  async () => {
    const repo = 'main-pull';
    const deadline = new Deadline(BUDGET_MS, MAIN_BUDGET);
    const port = githubPort(TOKEN, { owner: 'o', repo }, new RecordingLogger(), {
      deadline,
      baseUrl: url,
      policy: POLICY,
    });
    expect(await port.pullChange(6)).toEqual({
      unknownBecause: `reading the files of pull request #6 was abandoned: main's time budget of 3 s is spent (CI_RECOVERY_MAIN_BUDGET_SECONDS sets it)`,
    });
    const asked = ['GET /repos/o/main-pull/pulls/6', 'GET /repos/o/main-pull/pulls/6/files?per_page=100'];
    expect(under(repo)(received)).toEqual(asked);
    await until(() => under(repo)(closedByClient).length === asked.length, CLOSED_WITHIN_MS);
    expect(under(repo)(closedByClient)).toEqual(asked);
    await settlesSoon(deadline);
  },
);

it.concurrent(
  'post: the PR comment, given up by its budget, closes its connection and is a failed comment',
  async () => {
    const repo = 'post-comment';
    const deadline = new Deadline(BUDGET_MS, POST_BUDGET);
    const port = githubPort(TOKEN, { owner: 'o', repo }, new RecordingLogger(), {
      deadline,
      baseUrl: url,
      policy: POLICY,
    });
    expect(await port.upsertComment(6, 'build', { body: 'b', runId: 7, attempt: 1 })).toMatchObject({
      status: 'failed',
      reason: `the PR comment was abandoned: post's time budget of 3 s is spent (CI_RECOVERY_POST_BUDGET_SECONDS sets it)`,
    });
    const asked = under(repo)(received);
    expect(asked).toEqual([expect.stringMatching(/^GET \/repos\/o\/post-comment\/issues\/6\/comments\?/)]);
    await until(() => under(repo)(closedByClient).length === asked.length, CLOSED_WITHIN_MS);
    expect(under(repo)(closedByClient)).toEqual(asked);
    await settlesSoon(deadline);
  },
);
