import { parse } from 'yaml';
import {
  buildRollbackRecord,
  parseRollbackRecord,
  renderRollbackRecord,
  revertPullRequest,
  type RollbackRecord,
} from '../../src/supervise/core/rollback-record.js';

const record: RollbackRecord = {
  version: 1,
  from: {
    commit: 'a'.repeat(40),
    subject: 'Add the "fast" parser',
    author: 'Dev <dev@example.com>',
    pullRequest: 12,
  },
  to: { commit: 'b'.repeat(40), branch: 'ci-recovery/revert-aaaaaaaaaaaa', parent: 'c'.repeat(40) },
  mode: 'pr',
  reason: 'test (STANDARD, attempt 2): the failure reproduced and its parent was green',
  trigger: {
    workflow: 'CI',
    runId: 99,
    runAttempt: 2,
    job: 'test',
    url: 'https://github.com/o/r/actions/runs/99',
  },
  failureType: 'test',
  evidence: [{ line: 120, text: 'FAIL src/parser.test.ts > parses `a: b`' }],
  timestamp: '2026-11-22T08:00:00.000Z',
  artifactsPreserved: ['ci-recovery-plan-test-1', 'ci-recovery-rollback-aaaaaaaaaaaa'],
  revisionTargets: ['fix the failing test in a new PR that reverts this revert'],
};

test('the record is YAML with the fields DESIGN.md names, and reads back the same', () => {
  const text = renderRollbackRecord(record);
  const data = parse(text) as Record<string, unknown>;
  for (const key of [
    'from',
    'to',
    'reason',
    'trigger',
    'failureType',
    'evidence',
    'timestamp',
    'artifactsPreserved',
    'revisionTargets',
  ]) {
    expect(data).toHaveProperty(key);
  }
  expect(parseRollbackRecord(text)).toEqual(record);
});

test('the PR body carries the record in a fenced block that parses back', () => {
  const { title, body } = revertPullRequest(record);
  expect(title).toBe('Revert "Add the "fast" parser" (ci-recovery)');
  expect(body).toContain('ci-recovery reverts aaaaaaaaaaaa (#12)');
  expect(body).toContain('> line 120: `` FAIL src/parser.test.ts > parses `a: b` ``');
  expect(parseRollbackRecord(body)).toEqual(record);
});

test('names the culprit PR may have changed are escaped in the PR body: no HTML, markup, mentions or fence escape', () => {
  const hostile = '<img src=x onerror=alert(1)> [login](https://evil.example) @octo-org/admins\n```\n# Owned';
  const evil: RollbackRecord = {
    ...record,
    reason: `${hostile} reproduced`,
    trigger: { ...record.trigger, job: hostile, workflow: `CI ${hostile}` },
    revisionTargets: [`fix the test failure of job '${hostile}'`],
    evidence: [{ line: 1, text: hostile }],
  };
  const { body } = revertPullRequest(evil);
  const outsideRecord = body.split('<!-- ci-recovery:rollback-record -->')[0]!;
  // The log line is shown verbatim inside a code span (which renders no markup); the rest is escaped.
  expect(outsideRecord).toContain(
    '> line 1: ````<img src=x onerror=alert(1)> [login](https://evil.example) @octo-org/admins ``` # Owned````',
  );
  // The post-mortem shows the line as the body's quote does: in a code span.
  expect(outsideRecord).toContain(
    '- **Evidence:** line 1: ````<img src=x onerror=alert(1)> [login](https://evil.example) @octo-org/admins ``` # Owned````',
  );
  const prose = outsideRecord.replace(/^(> line 1|- \*\*Evidence:\*\* line 1): .*$/gm, '');
  expect(prose).not.toMatch(/<img|\]\(https:\/\/evil|@octo-org/);
  expect(prose).not.toMatch(/^#/m);
  expect(prose).toContain('&lt;img src\\=x onerror\\=alert\\(1\\)&gt;');
  expect(prose).toContain('@&#8203;octo\\-org/admins');
  // The job name holds a fence; the record's block still parses back whole, and nothing follows it.
  expect(parseRollbackRecord(body)).toEqual(evil);
  expect(body.trimEnd().endsWith('````')).toBe(true);
  // A name as long as a novel is capped.
  const prose5000 = (job: string) =>
    revertPullRequest({ ...record, trigger: { ...record.trigger, job } }).body.split(
      '<!-- ci-recovery:rollback-record -->',
    )[0]!.length;
  // The job is named in the account, the revision targets and the post-mortem, each capped.
  expect(prose5000('j'.repeat(5000)) - prose5000('j')).toBeLessThan(1200);
});

test('a record missing a field or with a bad sha is refused by name', () => {
  const { reason: _r, ...noReason } = record;
  expect(() => parseRollbackRecord(renderRollbackRecord(noReason as RollbackRecord))).toThrow(
    "rollback record: missing 'reason'",
  );
  expect(() =>
    parseRollbackRecord(renderRollbackRecord({ ...record, from: { ...record.from, commit: 'HEAD' } })),
  ).toThrow(/from.commit/);
  expect(() => parseRollbackRecord('just text')).toThrow(/not a YAML mapping/);
});

test('the record of a revert: pr mode names the revert branch, push mode the default branch', () => {
  const facts = {
    request: {
      sha: 'a'.repeat(40),
      branch: 'ci-recovery/revert-aaaaaaaaaaaa',
      job: 'test',
      failureType: 'test' as const,
      reason: 'why',
    },
    culprit: { subject: 'Add the parser', author: 'Dev <dev@example.com>' },
    reverted: { commit: 'b'.repeat(40), parent: 'c'.repeat(40), mainline: 1 },
    mode: 'pr' as const,
    defaultBranch: 'main',
    trigger: { workflow: 'CI', runId: 99, runAttempt: 2, job: 'test' },
    evidence: { line: 3, text: 'FAIL x' },
    now: new Date('2026-11-22T08:00:00Z'),
  };
  const pr = buildRollbackRecord(facts);
  expect(pr).toEqual({
    version: 1,
    from: { commit: 'a'.repeat(40), subject: 'Add the parser', author: 'Dev <dev@example.com>' },
    to: {
      commit: 'b'.repeat(40),
      branch: 'ci-recovery/revert-aaaaaaaaaaaa',
      parent: 'c'.repeat(40),
      mainline: 1,
    },
    mode: 'pr',
    reason: 'why',
    trigger: { workflow: 'CI', runId: 99, runAttempt: 2, job: 'test' },
    failureType: 'test',
    evidence: [{ line: 3, text: 'FAIL x' }],
    timestamp: '2026-11-22T08:00:00.000Z',
    artifactsPreserved: ['ci-recovery-rollback-aaaaaaaaaaaa'],
    revisionTargets: ["fix the test failure of job 'test'", 're-land aaaaaaaaaaaa with the fix'],
    rollbacks: 1,
  });
  expect(parseRollbackRecord(revertPullRequest(pr).body)).toEqual(pr);
  expect(buildRollbackRecord({ ...facts, earlierRollbacks: 1 }).rollbacks).toBe(2);
  const push = buildRollbackRecord({
    ...facts,
    mode: 'push',
    culprit: { ...facts.culprit, pullRequest: 12 },
    evidence: undefined,
  });
  expect(push.to.branch).toBe('main');
  expect(push.from.pullRequest).toBe(12);
  expect(push.evidence).toEqual([]);
  expect(push.revisionTargets[1]).toBe('re-land #12 with the fix in a new PR');
});

test('a log line or subject that holds the record marker cannot hide the record from its reader', () => {
  // A failing test's own message may quote the marker (this repository's tests do): the ledger keeps the
  // record as YAML, the revert PR after the marker; both must read back whole.
  const marker = '<!-- ci-recovery:rollback-record -->';
  const quoting: RollbackRecord = {
    ...record,
    from: { ...record.from, subject: `Quote ${marker} in the docs` },
    evidence: [{ line: 7, text: `expected body to contain "${marker}"` }],
  };
  expect(parseRollbackRecord(renderRollbackRecord(quoting))).toEqual(quoting);
  expect(parseRollbackRecord(revertPullRequest(quoting).body)).toEqual(quoting);
});
