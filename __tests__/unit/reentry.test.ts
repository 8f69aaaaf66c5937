/** core/reentry.ts: which rollback a PR's commits re-land, and what its comment says, inert. */
import type { LedgerRevert } from '../../src/core/ledger.js';
import { findReentry, renderReentrySection, renderReentrySummary } from '../../src/supervise/core/reentry.js';
import { renderRollbackRecord, type RollbackRecord } from '../../src/supervise/core/rollback-record.js';
import type { JobFindings } from '../../src/supervise/core/supervise-model.js';
import type { FailureType } from '../../src/core/types.js';

const SHA = 'a'.repeat(40);
const REVERT = 'e'.repeat(40);

const record = (over: Partial<RollbackRecord> = {}): RollbackRecord => ({
  version: 1,
  from: { commit: SHA, subject: 'Change the parser' },
  to: { commit: REVERT, branch: 'ci-recovery/revert-aaaaaaaaaaaa', parent: SHA },
  mode: 'pr',
  reason: 'confirmed',
  trigger: { workflow: 'CI', runId: 700, runAttempt: 2, job: 'unit' },
  failureType: 'test',
  evidence: [{ line: 4, text: 'Tests: 1 failed' }],
  timestamp: '2026-03-04T05:06:07.000Z',
  artifactsPreserved: [],
  revisionTargets: ["fix the test failure of job 'unit'", 're-land aaaaaaaaaaaa with the fix'],
  ...over,
});

const entry = (r: RollbackRecord = record()): LedgerRevert => ({
  at: r.timestamp,
  sha: r.from.commit,
  revertSha: r.to.commit,
  record: renderRollbackRecord(r),
});

const failed = (type: FailureType): JobFindings => ({
  classification: { type, confidence: 'high', retryable: false, rule: 'r', evidence: { line: 1, text: 'x' } },
  source: 'log',
});

describe('findReentry', () => {
  test('a commit naming the revert (a revert of the revert) re-lands the change', () => {
    const found = findReentry(
      [entry()],
      [{ sha: '1'.repeat(40), message: `This reverts commit ${REVERT}.` }],
      {},
    );
    expect(found.reentry?.sha).toBe(SHA);
    expect(found.reentry?.sameFailure).toBeUndefined();
  });

  test('a record without its text (verdict given) or a short sha names nothing', () => {
    const told = { ...entry(), record: undefined, verdict: 'green' as const };
    expect(
      findReentry([told], [{ sha: '1'.repeat(40), message: `Re-lands: ${SHA}` }], {}).reentry,
    ).toBeUndefined();
    expect(
      findReentry([entry()], [{ sha: '1'.repeat(40), message: 'Re-lands: aaaaaaaaaaaa' }], {}).reentry,
    ).toBeUndefined();
  });

  test('the same failure type is the rollback’s job first; another type is not the same failure', () => {
    const commits = [{ sha: '1'.repeat(40), message: `Re-lands: ${SHA}` }];
    const both = findReentry([entry()], commits, { lint: failed('test'), unit: failed('test') });
    expect(both.reentry?.sameFailure).toEqual({ job: 'unit' });
    expect(findReentry([entry()], commits, { unit: failed('build') }).reentry?.sameFailure).toBeUndefined();
  });

  test('an unreadable record is a problem, and an older readable one still counts', () => {
    const older = entry();
    const broken: LedgerRevert = { at: 'x', sha: 'b'.repeat(40), record: 'version: 1' };
    const commits = [{ sha: '1'.repeat(40), message: `Re-lands: ${SHA} and ${'b'.repeat(40)}` }];
    const found = findReentry([older, broken], commits, {});
    expect(found.reentry?.sha).toBe(SHA);
    expect(found.problems[0]).toContain('the rollback record of bbbbbbbbbbbb is unreadable');
  });
});

describe('the re-land section', () => {
  test('values from the record are inert and render no markup, mention or workflow command', () => {
    const hostile = record({
      trigger: { workflow: 'CI\n::error::x', runId: 700, runAttempt: 2, job: '@team <b>unit</b>' },
      evidence: [{ line: 9, text: '::set-output name=a::b`' }],
      revisionTargets: ['[click](https://evil.test)\n::warning::y'],
    });
    const commits = [{ sha: '1'.repeat(40), message: `Re-lands: ${SHA}` }];
    const found = findReentry([entry(hostile)], commits, { '@team <b>unit</b>': failed('test') }).reentry!;
    const body = renderReentrySection(found);
    expect(body).not.toMatch(/^\s*::/m);
    expect(body).not.toContain('\n::');
    expect(body).not.toContain('<b>');
    expect(body).not.toMatch(/@team/);
    expect(body).not.toContain('[click](');
    expect(body).toContain('the same failure as the rollback of aaaaaaaaaaaa');
    expect(renderReentrySummary(found).join('\n')).toContain('Re-land of aaaaaaaaaaaa: the same failure');
    expect(renderReentrySummary(undefined)).toEqual([]);
  });
});
