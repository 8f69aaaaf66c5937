/**
 * The rollback loop through the stand's git remote and GitHub API, with the phase's real adapters (src, not
 * dist): a confirmed test failure is reverted by a push; the next run of main, holding the revert, still
 * fails the same way, so the revert is reverted on a re-land branch, opened as a draft PR, and the record
 * says both. The ledger is kept in memory, as the cache would keep it between the two supervisor runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { gitPort } from '../../src/supervise/adapters/git-revert.js';
import { getOctokit } from '../../src/adapters/github.js';
import { supervisorGitHub } from '../../src/supervise/adapters/supervisor-github.js';
import { DEFAULT_CONFIG, type Config } from '../../src/core/config.js';
import { parseLedger, type Ledger } from '../../src/core/ledger.js';
import { parseRollbackRecord } from '../../src/supervise/core/rollback-record.js';
import { superviseRun, type LedgerPort } from '../../src/supervise/index.js';
import { RecordingLogger } from '../../src/runner/ports/logger.js';
import { RecordingRunner } from '../../src/runner/ports/runner.js';
import {
  corpusLog,
  finishAttempt,
  landCommit,
  LOGS,
  seedRun,
  startNextAttempt,
} from '../../stand/scenarios/supervise-stand.js';
import { startStand, type Stand } from '../../stand/services/stand.js';

let stand: Stand;
let temp: string;
const env0 = { ...process.env };
beforeAll(async () => {
  stand = await startStand({ commits: [{ message: 'initial', files: { 'README.md': '# demo\n' } }] });
  temp = await mkdtemp(path.join(stand.root, 'loop-'));
  // The clone of https://github.com/<repo> goes to the stand's bare remote, as in the e2e stories.
  Object.assign(process.env, stand.git.env);
}, 120_000);
afterAll(async () => {
  for (const key of Object.keys(stand?.git.env ?? {})) {
    if (env0[key] === undefined) delete process.env[key];
    else process.env[key] = env0[key];
  }
  await rm(temp, { recursive: true, force: true }).catch(() => undefined);
  await stand?.stop();
});

const PUSH: Config = { ...DEFAULT_CONFIG, revert: { ...DEFAULT_CONFIG.revert, mode: 'push' } };

function memoryLedger(): LedgerPort & { current: () => Ledger } {
  let text: string | undefined;
  return {
    load: (branch) => Promise.resolve(parseLedger(text, branch).ledger),
    save: (l) => Promise.resolve(void (text = JSON.stringify(l))),
    current: () => parseLedger(text, 'main').ledger,
  };
}

async function supervise(
  runId: number,
  ledger: LedgerPort,
): Promise<{
  outcome: Awaited<ReturnType<typeof superviseRun>>;
  artifacts: string[];
}> {
  const artifacts: string[] = [];
  const [owner = '', repo = ''] = stand.repo.split('/');
  const real = supervisorGitHub({
    octokit: getOctokit(stand.token, { baseUrl: stand.github.url, logger: new RecordingLogger() }),
    repo: { owner, repo },
    token: stand.token,
    logger: new RecordingLogger(),
    tempDir: temp,
    uploadArtifact: (name) => Promise.resolve(void artifacts.push(name)),
  });
  // The jobs' plans come from the Results service, which the e2e stories cover; the job log decides here.
  const github = { ...real, recoveryPlans: () => Promise.resolve([]) };
  const outcome = await superviseRun(
    {
      settings: { token: stand.token, runId, dryRun: false, comment: true, revertLabels: ['ci-recovery'] },
      config: PUSH,
      env: { serverUrl: 'https://github.com' },
      repository: stand.repo,
    },
    { github, git: gitPort(temp), runner: new RecordingRunner(), ledger },
  );
  return { outcome, artifacts };
}

test('a revert that did not help: a draft re-land PR of the reverted change and a person, the record saying both', async () => {
  const file = 'src/parser.js';
  const parent = await landCommit(stand, {
    message: 'Add parser',
    files: { [file]: 'export const sep = ",";\n' },
  });
  seedRun(stand, { sha: parent, jobs: [{ name: 'test', conclusion: 'success', log: 'ok\n' }] });
  const culprit = await landCommit(stand, {
    message: 'Speed up parser',
    files: { [file]: 'export const sep = ";";\n' },
    author: 'Alice',
  });
  const failing = [{ name: 'test', conclusion: 'failure' as const, log: corpusLog(LOGS.test) }];
  const run = seedRun(stand, { sha: culprit, jobs: failing });
  const ledger = memoryLedger();

  // The confirming re-run, then the revert, pushed to main (one commit, parent green).
  await supervise(run.id, ledger);
  startNextAttempt(stand, run.id);
  finishAttempt(stand, run.id, failing);
  const reverted = await supervise(run.id, ledger);
  const revert = reverted.outcome.revert?.pushed;
  expect(revert).toMatch(/^[0-9a-f]{40}$/);
  expect(await stand.git.revParse('main')).toBe(revert);
  expect(ledger.current().reverts[0]).toMatchObject({ sha: culprit, landedSha: revert });

  // main moves on; its run still fails the same way: the revert did not help.
  const next = await landCommit(stand, { message: 'Tidy docs', files: { 'docs.md': 'x\n' } });
  const after = seedRun(stand, { sha: next, jobs: failing });
  const told = await supervise(after.id, ledger);

  const branch = `ci-recovery/reland-${culprit.slice(0, 12)}`;
  const relandSha = await stand.git.revParse(branch);
  expect(relandSha).toMatch(/^[0-9a-f]{40}$/);
  // The re-land branch brings the culprit's change back on top of main.
  const [tip] = await stand.git.log(branch, 1);
  expect(tip?.parents).toEqual([next]);
  const pr = stand.github.state.pulls.find((p) => p.head.ref === branch)!;
  expect(pr).toMatchObject({ draft: true, base: { ref: 'main' } });
  expect(await stand.git.show(branch, file)).toBe('export const sep = ";";\n');
  const record = parseRollbackRecord(pr.body ?? '');
  expect(record.verification).toMatchObject({
    result: 'still-failing',
    runId: after.id,
    sha: next,
    failureType: 'test',
  });
  expect(record.reland).toMatchObject({
    branch,
    escalated: expect.stringContaining('did not help') as unknown,
  });
  expect(told.outcome.verified?.[0]?.reland?.number).toBe(pr.number);
  expect(told.artifacts).toContain(`ci-recovery-rollback-${culprit.slice(0, 12)}-still-failing.yml`);
  expect(ledger.current().reverts[0]).toMatchObject({ verdict: 'still-failing', relandPr: pr.number });
}, 240_000);
