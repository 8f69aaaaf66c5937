import { renderRollbackPostMortem } from '../../src/supervise/core/rollback-post-mortem.js';
import type { RollbackRecord } from '../../src/supervise/core/rollback-record.js';

const SHA = 'a'.repeat(40);
const record: RollbackRecord = {
  version: 1,
  from: { commit: SHA, subject: 'Change the parser', author: 'Ann', pullRequest: 42 },
  to: { commit: 'e'.repeat(40), branch: `ci-recovery/revert-${SHA.slice(0, 12)}`, parent: 'c'.repeat(40) },
  mode: 'pr',
  reason: 'unit: aaaaaaaaaaaa is the only culprit commit',
  trigger: {
    workflow: 'CI',
    runId: 700,
    runAttempt: 2,
    job: 'unit',
    url: 'https://github.test/o/r/actions/runs/700',
    startedAt: '2026-03-04T04:56:07Z',
  },
  failureType: 'test',
  evidence: [{ line: 4, text: 'Tests: 1 failed, 3 passed' }],
  timestamp: '2026-03-04T05:06:07.000Z',
  artifactsPreserved: [`ci-recovery-rollback-${SHA.slice(0, 12)}`],
  revisionTargets: ["fix the test failure of job 'unit'", 're-land #42 with the fix in a new PR'],
  rollbacks: 1,
};

test('a fresh rollback: what was reverted, trigger, evidence, duration, the count, and blanks for a person', () => {
  const text = renderRollbackPostMortem(record);
  expect(text.split('\n')).toEqual([
    '### Post-mortem of a rollback (prefilled)',
    '',
    '- **What was reverted:** `aaaaaaaaaaaa` "Change the parser" (#42) by Ann; the revert `eeeeeeeeeeee`, in a draft PR from `ci-recovery/revert-aaaaaaaaaaaa`',
    '- **Why:** unit: aaaaaaaaaaaa is the only culprit commit',
    '- **Trigger:** job **unit** of CI, run 700 attempt 2 [run](https://github.test/o/r/actions/runs/700)',
    '- **Failure type:** test',
    '- **Evidence:** line 4: `Tests: 1 failed, 3 passed`',
    "- **Duration:** 10m 00s from the failing run's start to the revert",
    '- **Rollbacks of this change:** 1 of at most 2',
    '- **Did it help:** not known yet: the first run of the default branch after the revert lands tells',
    '- **Kept:** `ci-recovery-rollback-aaaaaaaaaaaa`',
    "- **To re-land:** fix the test failure of job 'unit'; re\\-land \\#42 with the fix in a new PR",
    '',
    '| To fill in | Answer |',
    '|---|---|',
    '| Root cause | _ |',
    '| Was the reverted commit the culprit? (yes / no / unsure) | _ |',
    '| Fix and re-land (link) | _ |',
    '| Owner | _ |',
    '| Should ci-recovery have decided otherwise? | _ |',
  ]);
});

test('after the verdict: green says it helped, with the time to it', () => {
  const text = renderRollbackPostMortem({
    ...record,
    verification: {
      result: 'green',
      runId: 710,
      runAttempt: 1,
      sha: 'f'.repeat(40),
      at: '2026-03-04T05:40:07.000Z',
      url: 'https://github.test/o/r/actions/runs/710',
    },
  });
  expect(text).toContain(
    "- **Duration:** 10m 00s from the failing run's start to the revert, 44m 00s to the verdict of the next run",
  );
  expect(text).toContain(
    '- **Did it help:** yes: run 710 (attempt 1) of `ffffffffffff` [run](https://github.test/o/r/actions/runs/710) was green',
  );
});

test('a revert that did not help: the failure that came back, the re-land PR and the person', () => {
  const text = renderRollbackPostMortem({
    ...record,
    mode: 'push',
    to: { ...record.to, branch: 'main' },
    askedFirst: undefined,
    rollbacks: 2,
    verification: {
      result: 'still-failing',
      runId: 711,
      runAttempt: 1,
      sha: 'f'.repeat(40),
      at: '2026-03-04T05:40:07.000Z',
      failureType: 'test',
      evidence: { line: 9, text: 'Tests: 1 failed' },
    },
    reland: {
      branch: 'ci-recovery/reland-aaaaaaaaaaaa',
      pr: 51,
      url: 'https://pr/51',
      escalated: 'the revert did not help',
    },
  });
  expect(text).toContain('the revert `eeeeeeeeeeee`, pushed to `main`');
  expect(text).toContain('- **Rollbacks of this change:** 2 of at most 2');
  expect(text).toContain(
    '- **Did it help:** no: run 711 (attempt 1) of `ffffffffffff` still failed the same way (test, line 9: `Tests: 1 failed`); ' +
      're-land [draft PR \\#51](https://pr/51), handed to a person: the revert did not help',
  );
});

test("push mode's question is told; an unknown start says so instead of a duration", () => {
  const { startedAt: _s, ...trigger } = record.trigger;
  const text = renderRollbackPostMortem({ ...record, trigger, askedFirst: 'a merge commit' });
  expect(text).toContain('- **Push mode asked first:** a merge commit');
  expect(text).toContain(
    "- **Duration:** reverted at 2026\\-03\\-04T05:06:07\\.000Z; the failing run's start is not known",
  );
  expect(renderRollbackPostMortem(record, { heading: false })).toMatch(/^- \*\*What was reverted/);
});
