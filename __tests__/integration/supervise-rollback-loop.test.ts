/**
 * The rollback loop through the stand's git remote and GitHub API, with the phase's real adapters (src, not
 * dist): a confirmed test failure is reverted by a push; the next run of main, holding the revert, still
 * fails the same way, so the revert is reverted on a re-land branch, opened as a draft PR, and the record
 * says both. The ledger is kept in memory, as the cache would keep it between the two supervisor runs.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/core/config.js';
import { parseRollbackRecord } from '../../src/supervise/core/rollback-record.js';
import { bisectStand } from '../../stand/scenarios/bisect-stand.js';
import {
  corpusLog,
  finishAttempt,
  landCommit,
  LOGS,
  seedRun,
  startNextAttempt,
} from '../../stand/scenarios/supervise-stand.js';
import type { Stand } from '../../stand/services/stand.js';

const PUSH: Config = { ...DEFAULT_CONFIG, revert: { ...DEFAULT_CONFIG.revert, mode: 'push' } };
// No probes port: a revert of one commit, its verdict and its re-land, no bisection.
const fx = bisectStand('loop-', { config: PUSH, probes: false });
let stand: Stand;
beforeAll(() => void (stand = fx.stand));

const supervise = (runId: number): ReturnType<typeof fx.superviseWith> => fx.superviseWith(runId);

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
  const ledger = fx.ledger;

  // The confirming re-run, then the revert, pushed to main (one commit, parent green).
  await supervise(run.id);
  startNextAttempt(stand, run.id);
  finishAttempt(stand, run.id, failing);
  const reverted = await supervise(run.id);
  const revert = reverted.outcome.revert?.pushed;
  expect(revert).toMatch(/^[0-9a-f]{40}$/);
  expect(await stand.git.revParse('main')).toBe(revert);
  expect(ledger.current().reverts[0]).toMatchObject({ sha: culprit, landedSha: revert });

  // main moves on; its run still fails the same way: the revert did not help.
  const next = await landCommit(stand, { message: 'Tidy docs', files: { 'docs.md': 'x\n' } });
  const after = seedRun(stand, { sha: next, jobs: failing });
  const told = await supervise(after.id);

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
